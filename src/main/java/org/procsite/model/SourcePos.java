package org.procsite.model;

/**
 * A place in the procedure file. Both numbers count from 1, as editors and compilers show
 * them; the loader converts the YAML library's 0-based marks exactly once.
 */
public record SourcePos(int line, int column) implements Comparable<SourcePos> {

    /** The start of the file, for problems that belong to the whole file. */
    public static final SourcePos START = new SourcePos(1, 1);

    public SourcePos {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions count from 1: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(SourcePos other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
