package org.procsite.diag;

/** An error makes the procedure invalid (exit code 1); a warning is printed and does not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in {@code file:line:col: error[E006]: ...}. */
    public String label() {
        return label;
    }
}
