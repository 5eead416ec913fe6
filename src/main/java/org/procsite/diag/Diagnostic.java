package org.procsite.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.procsite.model.SourcePos;

/**
 * One problem in a procedure: a value, never an exception. {@code hint} says how to fix it,
 * when there is more to say than the message.
 */
public record Diagnostic(Code code, SourcePos pos, String message, Optional<String> hint) {

    /** Problems in reading order; at one place, errors before warnings, then by code. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::pos)
            .thenComparing(d -> d.severity().ordinal())
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(code);
        Objects.requireNonNull(pos);
        Objects.requireNonNull(message);
        Objects.requireNonNull(hint);
    }

    public static Diagnostic of(Code code, SourcePos pos, String message) {
        return new Diagnostic(code, pos, message, Optional.empty());
    }

    public static Diagnostic of(Code code, SourcePos pos, String message, String hint) {
        return new Diagnostic(code, pos, message, Optional.of(hint));
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
