package org.procsite.cli;

/** The exit codes of docs/architecture.md, as named numbers (never taken from an enum's order). */
public final class ExitCode {
    public static final int OK = 0;
    /** The procedure has at least one error. */
    public static final int INVALID = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** The work could not be done: unreadable file, unwritable output, internal failure. */
    public static final int FAILURE = 3;

    private ExitCode() {}
}
