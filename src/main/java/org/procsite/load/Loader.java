package org.procsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.SourceText;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.model.SourcePos;

/** Reads a procedure file: bytes, then UTF-8 text, then the YAML tree, then the draft. */
public final class Loader {

    /** A 100k-node procedure is about 13 MB; anything past this is not a procedure. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    /**
     * The codes the loader reports, and no rule: the shape of the file. (The checker's rules own
     * the others; see {@code Rule}.)
     */
    public static final Set<Code> CODES = Set.of(
            Code.YAML_SYNTAX,
            Code.NOT_UTF8,
            Code.UNSUPPORTED_YAML,
            Code.WRONG_KIND,
            Code.UNKNOWN_KEY,
            Code.MISSING_KEY,
            Code.DUPLICATE_KEY,
            Code.DUPLICATE_ID,
            Code.EMPTY_FILE,
            Code.FILE_TOO_LARGE,
            Code.EMPTY_VALUE,
            Code.TOO_DEEP,
            Code.TOO_MANY_VALUES,
            Code.BIDI_CONTROL,
            Code.WORD_TOO_LONG);

    private Loader() {}

    /**
     * @param displayName the name printed in messages, as the user typed it
     * @throws IOException if the file cannot be read (not a problem in the procedure)
     */
    public static LoadResult load(Path file, String displayName) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            return tooLarge(displayName, size); // refused before a byte is read
        }
        return load(displayName, Files.readAllBytes(file));
    }

    public static LoadResult load(String displayName, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            return tooLarge(displayName, bytes.length);
        }
        Parsed parsed = parse(displayName, bytes);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        DraftProcedure draft = null;
        boolean draftWhole = false;
        if (parsed.tree().isPresent()) {
            ProcedureReader.Read read = ProcedureReader.read(parsed.tree().get(), diagnostics::add);
            draft = read.draft();
            draftWhole = parsed.yamlClean() && read.draftWhole();
        } else if (parsed.readable() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.of(
                    Code.EMPTY_FILE,
                    SourcePos.START,
                    "the file holds no procedure",
                    "start from the example in README.md: title, lang, version, updated, start, nodes"));
        }
        return new LoadResult(parsed.source(), Optional.ofNullable(draft), draftWhole, diagnostics);
    }

    /**
     * Reads the contacts shared by the procedures of a folder ({@code contacts.yaml}): one key,
     * {@code contacts:}, written as in a procedure.
     *
     * @throws IOException if the file cannot be read (not a problem in it)
     */
    public static LoadedContacts loadContacts(Path file, String displayName) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            LoadResult refused = tooLarge(displayName, size);
            return new LoadedContacts(refused.source(), List.of(), false, refused.diagnostics());
        }
        return loadContacts(displayName, Files.readAllBytes(file));
    }

    /** A shared contacts file read from elsewhere (git): {@code displayName} names it in messages. */
    public static LoadedContacts loadContacts(String displayName, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            LoadResult refused = tooLarge(displayName, bytes.length);
            return new LoadedContacts(refused.source(), List.of(), false, refused.diagnostics());
        }
        Parsed parsed = parse(displayName, bytes);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (parsed.tree().isEmpty()) {
            if (parsed.readable() && diagnostics.isEmpty()) {
                diagnostics.add(Diagnostic.of(
                        Code.EMPTY_FILE,
                        SourcePos.START,
                        "the file holds no contacts",
                        "write 'contacts:', then each contact's id, with its name and phone below"));
            }
            return new LoadedContacts(parsed.source(), List.of(), false, diagnostics);
        }
        ProcedureReader.ContactsRead read =
                ProcedureReader.readContacts(parsed.tree().get(), diagnostics::add);
        return new LoadedContacts(parsed.source(), read.contacts(), parsed.yamlClean() && read.whole(), diagnostics);
    }

    /**
     * A file read as far as UTF-8 and YAML: its text for messages, its tree if there is one,
     * whether the YAML had no error, and whether it was readable at all (not stopped before
     * the YAML by a bad byte or a word too long to read).
     */
    private record Parsed(
            SourceText source,
            Optional<YNode> tree,
            boolean yamlClean,
            boolean readable,
            List<Diagnostic> diagnostics) {}

    private static Parsed parse(String displayName, byte[] bytes) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<String> text = decode(bytes, diagnostics);
        if (text.isEmpty()) {
            // Shown with U+FFFD where the bad bytes are; the text before the first one is the same.
            SourceText shown = SourceText.of(displayName, new String(bytes, StandardCharsets.UTF_8));
            return new Parsed(shown, Optional.empty(), false, false, diagnostics);
        }
        SourceText source = SourceText.of(displayName, text.get());
        List<Diagnostic> longWords = LongWords.find(text.get());
        if (!longWords.isEmpty()) {
            return new Parsed(source, Optional.empty(), false, false, longWords); // reading them would take minutes
        }
        Optional<YNode> tree = YamlReader.read(text.get(), diagnostics::add);
        boolean yamlClean = diagnostics.stream().noneMatch(Diagnostic::isError);
        diagnostics.addAll(BidiControls.find(text.get())); // the YAML is read all the same
        return new Parsed(source, tree, yamlClean, true, diagnostics);
    }

    private static LoadResult tooLarge(String displayName, long size) {
        return new LoadResult(
                new SourceText(displayName, List.of()),
                Optional.empty(),
                false,
                List.of(Diagnostic.of(
                        Code.FILE_TOO_LARGE,
                        SourcePos.START,
                        String.format(
                                Locale.ROOT,
                                "the file is %,d bytes, over the 64 MiB (%,d bytes) a procedure may have",
                                size,
                                MAX_FILE_BYTES),
                        "check that this is the procedure file: even 100,000 nodes take only about 15 MB")));
    }

    /** Strict UTF-8: a byte that is not UTF-8 is reported at its line and column. */
    private static Optional<String> decode(byte[] bytes, List<Diagnostic> diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            diagnostics.add(Diagnostic.of(
                    Code.NOT_UTF8,
                    positionOf(bytes, bad),
                    String.format("byte 0x%02X is not UTF-8; the file must be saved as UTF-8", bytes[bad] & 0xFF),
                    "in your editor, save the file with the UTF-8 encoding (it may be Latin-1 / Windows-1252 now)"));
            return Optional.empty();
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** 1-based line, and column counted in characters of the valid text before the byte. */
    private static SourcePos positionOf(byte[] bytes, int offset) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new SourcePos(line, before.codePointCount(0, before.length()) + 1);
    }
}
