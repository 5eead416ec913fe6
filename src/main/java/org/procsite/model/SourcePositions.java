package org.procsite.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the parts of a checked procedure stand in its file, for what is said about it after the
 * check: W006 at the {@code nodes:} key, W007 at the {@code version} value, and where each of its
 * own contacts is written. Lines and columns count from 1, as in {@link SourcePos}.
 *
 * @param nodes the {@code nodes:} key
 * @param version the value of {@code version}
 * @param contacts the id of each contact written in the procedure's own {@code contacts:}, by id
 */
public record SourcePositions(SourcePos nodes, SourcePos version, Map<String, SourcePos> contacts) {

    public SourcePositions {
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
    }

    /** Where the procedure's own contact {@code id} is written; empty if it comes from elsewhere. */
    public Optional<SourcePos> contact(String id) {
        return Optional.ofNullable(contacts.get(id));
    }
}
