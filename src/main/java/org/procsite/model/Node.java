package org.procsite.model;

import java.util.List;
import java.util.Optional;

/**
 * One screen of the decision page and one entry of the tutorial. Texts are CommonMark, as
 * written by the maintainer; renderers turn them into safe HTML.
 */
public sealed interface Node permits Question, Step, Wait, Success, Escalation {

    String id();

    /** The step number, the same on paper and on the phone (1 for the first in reading order). */
    int number();

    String title();

    /** Optional explanation under the title, CommonMark. */
    Optional<String> text();

    /** The section this node is printed under, if the procedure has sections. */
    Optional<String> section();

    /** Where the node's id stands in the file, for messages about it. */
    SourcePos pos();

    /** The ids this node leads to, in the order the maintainer wrote them. */
    List<String> successors();

    /** The node's type: its keys, its name, its colours. */
    NodeType type();

    /** The value of {@code data-type} and the name maintainers write after {@code type:}. */
    default String typeName() {
        return type().yamlName();
    }

    default boolean isEnd() {
        return type().isEnd();
    }
}
