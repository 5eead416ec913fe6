package org.procsite.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.procsite.diag.ControlCharacters;

/** Writes text with every control character but line feeds and tabs written out (see {@link ControlCharacters}). */
final class EscapingWriter extends FilterWriter {

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(ControlCharacters.escapeKeepingLines(text.substring(offset, offset + length)));
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }
}
