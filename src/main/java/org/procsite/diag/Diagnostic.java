package org.procsite.diag;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.procsite.model.SourcePos;

/**
 * One problem in a procedure: a value, never an exception. {@code hint} says how to fix it,
 * when there is more to say than the message. {@code source} is the file it is about (its name
 * as the user typed it, and its lines for the caret): a rule reports a diagnostic without it,
 * and the loader or the checker sets it with {@link #in}, so that every diagnostic that leaves
 * them knows its file, and a formatter can print diagnostics of several files at once.
 */
public record Diagnostic(SourceText source, Code code, SourcePos pos, String message, Optional<String> hint) {

    /** Problems in reading order; at one place, errors before warnings, then by code. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::pos)
            .thenComparing(d -> d.severity().ordinal())
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(source);
        Objects.requireNonNull(code);
        Objects.requireNonNull(pos);
        Objects.requireNonNull(message);
        Objects.requireNonNull(hint);
    }

    /** A diagnostic whose file is set later, with {@link #in}. */
    public static Diagnostic of(Code code, SourcePos pos, String message) {
        return new Diagnostic(SourceText.UNNAMED, code, pos, message, Optional.empty());
    }

    /** A diagnostic whose file is set later, with {@link #in}. */
    public static Diagnostic of(Code code, SourcePos pos, String message, String hint) {
        return new Diagnostic(SourceText.UNNAMED, code, pos, message, Optional.of(hint));
    }

    /** The same problem, in {@code file}. */
    public Diagnostic in(SourceText file) {
        return file == source ? this : new Diagnostic(file, code, pos, message, hint);
    }

    /** The file's name as the user typed it. */
    public String fileName() {
        return source.name();
    }

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }
}
