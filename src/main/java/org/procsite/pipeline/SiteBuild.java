package org.procsite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.procsite.check.SharedContacts;
import org.procsite.diag.Diagnostic;
import org.procsite.render.SiteFile;

/**
 * One build of a whole site, as {@code build} writes it and {@code serve} shows it: every
 * diagnostic (the shared contacts' with W001, each file's with E035 and W007, each sheet's W006),
 * each procedure's pages at its place, the list and the web app at the root of a site of several,
 * and the files of {@code static/}, of which none may take the name of a page (then the build
 * fails and says so). Made by the {@link Pipeline}; a value, never written by it.
 *
 * <p>A build for the preview may come in two stages: {@link #complete()} says whether the slow
 * outputs (the PDF) are made, {@link #finish()} makes them.
 */
public final class SiteBuild {

    private final ProcedureSet set;
    private final Optional<SharedContacts.Checked> contacts;
    private final Optional<Throwable> contactsFailure;
    private final List<ProcedureBuild> procedures;
    private final Set<String> rebuilt;
    private final Map<String, SiteFile> files;
    private final Optional<Throwable> rootFailure;
    private final Optional<Throwable> staticFailure;
    private final Function<List<ProcedureBuild>, SiteBuild> assemble;

    SiteBuild(
            ProcedureSet set,
            Optional<SharedContacts.Checked> contacts,
            Optional<Throwable> contactsFailure,
            List<ProcedureBuild> procedures,
            Set<String> rebuilt,
            Map<String, SiteFile> files,
            Optional<Throwable> rootFailure,
            Optional<Throwable> staticFailure,
            Function<List<ProcedureBuild>, SiteBuild> assemble) {
        this.set = set;
        this.contacts = contacts;
        this.contactsFailure = contactsFailure;
        this.procedures = List.copyOf(procedures);
        this.rebuilt = Set.copyOf(rebuilt);
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.rootFailure = rootFailure;
        this.staticFailure = staticFailure;
        this.assemble = assemble;
    }

    public ProcedureSet set() {
        return set;
    }

    /** The shared {@code contacts.yaml} checked, with what the procedures' use of it says (W001). */
    public Optional<SharedContacts.Checked> contacts() {
        return contacts;
    }

    /** Why the shared {@code contacts.yaml} could not be read, if it could not. */
    public Optional<Throwable> contactsFailure() {
        return contactsFailure;
    }

    /** True when the shared contacts have an error or could not be read: no procedure is rendered then. */
    public boolean contactsBroken() {
        return contactsBroken(contacts, contactsFailure);
    }

    static boolean contactsBroken(Optional<SharedContacts.Checked> contacts, Optional<Throwable> failure) {
        return failure.isPresent()
                || contacts.map(SharedContacts.Checked::hasErrors).orElse(false);
    }

    /** Each procedure, in the order of the set. */
    public List<ProcedureBuild> procedures() {
        return procedures;
    }

    /** The names of the procedures this build loaded, checked and rendered anew; the others are the build before's. */
    public Set<String> rebuilt() {
        return rebuilt;
    }

    /**
     * Every file of the site by name: each rendered procedure's pages, the root of a site of
     * several when every procedure is rendered, and the files of {@code static/} unless they
     * could not be read or one takes a page's name ({@link #staticFailure()}).
     */
    public Map<String, SiteFile> files() {
        return files;
    }

    /** Why the list and the web app at the root of a site of several could not be rendered. */
    public Optional<Throwable> rootFailure() {
        return rootFailure;
    }

    /** Why the files of {@code static/} are not published: unreadable, or one takes the name of a page. */
    public Optional<Throwable> staticFailure() {
        return staticFailure;
    }

    /** The shared contacts' diagnostics. */
    public List<Diagnostic> sharedDiagnostics() {
        return contacts.map(SharedContacts.Checked::diagnostics).orElse(List.of());
    }

    /** Every diagnostic: the shared contacts file's first, then each procedure's in the set's order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(sharedDiagnostics());
        procedures.forEach(p -> all.addAll(p.diagnostics()));
        return all;
    }

    /** Whether the slow outputs (the PDF) of every procedure are made. */
    public boolean complete() {
        return procedures.stream().allMatch(ProcedureBuild::complete);
    }

    /** The same build with every output: the slow ones made, the root and the worker made again from them. */
    public SiteBuild finish() {
        return complete()
                ? this
                : assemble.apply(procedures.stream().map(ProcedureBuild::finish).toList());
    }

    /**
     * This build, if nothing failed; else the first failure, as it was thrown (a file missing or
     * unreadable, a render that failed, a static file in the way), for {@code build} to stop with.
     */
    public SiteBuild orThrow() throws IOException {
        Optional<Throwable> first = Stream.of(
                        contactsFailure.stream(),
                        procedures.stream().flatMap(p -> p.failure().stream()).map(ProcedureBuild.Failure::cause),
                        rootFailure.stream(),
                        staticFailure.stream())
                .flatMap(s -> s)
                .findFirst();
        if (first.isEmpty()) {
            return this;
        }
        Throwable e = first.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e);
    }
}
