package org.procsite.load;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.SourceText;
import org.procsite.load.YNode.Entry;
import org.procsite.load.YNode.YMap;
import org.procsite.load.YNode.YScalar;
import org.procsite.load.YNode.YSeq;
import org.procsite.model.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link YNode} tree from snakeyaml's event stream. Building the tree
 * from events, with an explicit stack, means: no recursion (deep nesting cannot overflow the
 * stack), no tag ever resolved or constructed, and no alias ever expanded. Procedures need
 * none of these, so tags, anchors and aliases are reported where they stand.
 */
final class YamlReader {

    /**
     * Anchors, aliases and tags reported before reading stops: enough to see the pattern, and a
     * hostile file with a million aliases costs neither time nor memory.
     */
    static final int MAX_UNSUPPORTED = 10;

    /** Far deeper than any procedure; stops hostile input long before the stack or memory care. */
    static final int MAX_DEPTH = 64;

    /**
     * YAML events (a value, the start or end of a mapping or a list) read before reading stops:
     * a chain of 100,000 questions, far past what {@code check} accepts, takes 2.2 million; 8
     * million keys in a 24 MB file would otherwise be held in memory before any check.
     */
    static final int MAX_EVENTS = 3_000_000;

    /** Keys of one mapping: the 100,000 nodes of that chain fit. */
    static final int MAX_KEYS = 200_000;

    private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

    private YamlReader() {}

    /** The tree, or empty if the text is not a YAML document procsite can read. */
    static Optional<YNode> read(String text, Consumer<Diagnostic> report) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Loader.MAX_FILE_BYTES); // the byte limit is checked first, and is the larger
        options.setAllowDuplicateKeys(true); // the reader reports them, with both positions
        List<Diagnostic> unsupported = new ArrayList<>();
        Builder builder = new Builder(unsupported::add);
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (!builder.accept(event)) {
                    break;
                }
            }
        } catch (MarkedYAMLException e) {
            report.accept(syntaxError(e, text));
            return Optional.empty();
        } catch (ReaderException e) {
            // A character YAML does not allow (a NUL, another control character): said where it is.
            report.accept(Diagnostic.of(
                    Code.YAML_SYNTAX,
                    positionOfCodePoint(text, e.getPosition()),
                    String.format(
                            java.util.Locale.ROOT,
                            "the character U+%04X (%s) cannot be in a YAML file",
                            e.getCodePoint(),
                            Character.isValidCodePoint(e.getCodePoint()) && Character.getName(e.getCodePoint()) != null
                                    ? Character.getName(e.getCodePoint()).toLowerCase(java.util.Locale.ROOT)
                                    : "a control character"),
                    "delete it: it is invisible in most editors, so retype the line if need be"));
            return Optional.empty();
        } catch (RuntimeException e) {
            // snakeyaml throws unchecked exceptions without a mark on some malformed input
            // (e.g. `x: !%20 y`); it is still the user's YAML that is wrong, not procsite.
            report.accept(Diagnostic.of(
                    Code.YAML_SYNTAX, SourcePos.START, "the YAML cannot be read: " + firstLine(e.getMessage())));
            return Optional.empty();
        }
        unsupported.forEach(report);
        if (builder.tooDeep != null) {
            report.accept(builder.tooDeep);
            return Optional.empty();
        }
        if (builder.tooMany != null) {
            report.accept(builder.tooMany);
            return Optional.empty();
        }
        if (!unsupported.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(builder.root);
    }

    private static Diagnostic syntaxError(MarkedYAMLException e, String text) {
        Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourcePos pos = problemMark == null ? SourcePos.START : pos(problemMark);
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("TAB") || problem.contains("'\\t'") || problem.contains("\t")) {
            return Diagnostic.of(
                    Code.YAML_SYNTAX,
                    pos,
                    "a tab is used for indentation",
                    "YAML indents with spaces only: replace the tab with spaces");
        }
        if (context.contains("quoted scalar") && e.getContextMark() != null) {
            // snakeyaml points at the end of the file; the quote that is never closed is the place to fix
            return Diagnostic.of(
                    Code.YAML_SYNTAX,
                    pos(e.getContextMark()),
                    "this quote is never closed",
                    "add the closing quote at the end of the value");
        }
        Optional<SourcePos> quote = unclosedQuoteBefore(text, pos.line());
        if (quote.isPresent() && quote.get().line() < pos.line()) {
            // A quote left open: YAML reads on to the next quote, lines below, and stumbles there.
            return Diagnostic.of(
                    Code.YAML_SYNTAX,
                    quote.get(),
                    "this quote is not closed on its line, so YAML reads on to the next quote (line " + pos.line()
                            + ")",
                    "add the closing quote at the end of the value");
        }
        if (problem.contains("mapping values are not allowed here")) {
            Optional<Diagnostic> indented = overIndented(pos, text);
            if (indented.isPresent()) {
                return indented.get();
            }
            return Diagnostic.of(
                    Code.YAML_SYNTAX,
                    pos,
                    "a ': ' inside a value that is not quoted",
                    "put the whole value in double quotes, e.g. title: \"Attention: lire ceci\"");
        }
        if (problem.contains("could not find expected ':'")) {
            return Diagnostic.of(
                    Code.YAML_SYNTAX,
                    pos(e.getContextMark() != null ? e.getContextMark() : problemMark),
                    "a line that is not 'key: value' where a key is expected",
                    "add the ':' after the key, or indent this line under the key it continues");
        }
        if (problem.contains("expected <block end>")) {
            return Diagnostic.of(
                    Code.YAML_SYNTAX,
                    pos,
                    "this line is not indented like the lines around it",
                    "line it up with the keys of the same level (spaces only)");
        }
        String where = context.isEmpty() ? "" : " (" + context + ")";
        return Diagnostic.of(
                Code.YAML_SYNTAX,
                pos,
                "YAML syntax: " + problem + where,
                "check the indentation and the quotes on this line and the one above");
    }

    private static final Pattern QUOTED_VALUE = Pattern.compile("^ *(?:- +)?(?:[A-Za-z_][\\w-]*: +)?([\"'])(.*)$");

    /** The opening quote of the first value, up to {@code line}, whose quote its line does not close. */
    private static Optional<SourcePos> unclosedQuoteBefore(String text, int line) {
        List<String> lines = SourceText.of("", text).lines();
        for (int i = 0; i < Math.min(line, lines.size()); i++) {
            Matcher m = QUOTED_VALUE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            char quote = m.group(1).charAt(0);
            String rest = m.group(2);
            boolean closed = false;
            for (int j = 0; j < rest.length(); j++) {
                char c = rest.charAt(j);
                if (quote == '"' && c == '\\') {
                    j++; // an escaped character
                } else if (c == quote) {
                    if (quote == '\'' && j + 1 < rest.length() && rest.charAt(j + 1) == '\'') {
                        j++; // '' inside single quotes
                    } else {
                        closed = true;
                        break;
                    }
                }
            }
            if (!closed) {
                String before = lines.get(i).substring(0, m.start(1));
                return Optional.of(new SourcePos(i + 1, before.codePointCount(0, before.length()) + 1));
            }
        }
        return Optional.empty();
    }

    private static final Pattern KEY_LINE = Pattern.compile("^( *)(- )?([A-Za-z_][\\w-]*):( +\\S.*)?$");

    /**
     * A {@code key: value} line indented deeper than the {@code key: value} line above it: YAML
     * reads it as the rest of the value above, then stumbles on its ':'. Quotes do not help
     * there; the indentation does.
     */
    private static Optional<Diagnostic> overIndented(SourcePos pos, String text) {
        List<String> lines = SourceText.of("", text).lines();
        if (pos.line() > lines.size()) {
            return Optional.empty();
        }
        Matcher here = KEY_LINE.matcher(lines.get(pos.line() - 1));
        if (!here.matches() || here.group(2) != null) {
            return Optional.empty();
        }
        for (int i = pos.line() - 2; i >= 0; i--) {
            String above = lines.get(i);
            if (above.isBlank() || above.strip().startsWith("#")) {
                continue;
            }
            Matcher prev = KEY_LINE.matcher(above);
            int column = prev.matches() ? prev.group(1).length() + (prev.group(2) == null ? 0 : 2) : -1;
            if (!prev.matches() || prev.group(4) == null || here.group(1).length() <= column) {
                return Optional.empty();
            }
            String key = here.group(3);
            return Optional.of(Diagnostic.of(
                    Code.YAML_SYNTAX,
                    new SourcePos(pos.line(), here.group(1).length() + 1),
                    "'" + key + ":' is indented further than '" + prev.group(3) + ":' on line " + (i + 1)
                            + ", so it reads as the rest of that value",
                    "start '" + key + ":' in the same column as '" + prev.group(3) + ":' (" + column
                            + (column == 1 ? " space" : " spaces") + " from the left); quotes do not change this"));
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The line and column of the code point at {@code index} (counted from 0, as snakeyaml does). */
    static SourcePos positionOfCodePoint(String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < index && i < text.length(); n++) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return new SourcePos(line, column);
    }

    static SourcePos pos(Mark mark) {
        return new SourcePos(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns events into a tree; a frame per open collection. */
    private static final class Builder {
        private final Consumer<Diagnostic> unsupported;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private YNode root;
        private Diagnostic tooDeep;
        private Diagnostic tooMany;
        private int events;
        private int documents;
        private int unsupportedCount;

        Builder(Consumer<Diagnostic> unsupported) {
            this.unsupported = unsupported;
        }

        /** False once reading should stop. */
        boolean accept(Event event) {
            if (++events > MAX_EVENTS) {
                tooMany = Diagnostic.of(
                        Code.TOO_MANY_VALUES,
                        pos(event.getStartMark()),
                        String.format(
                                java.util.Locale.ROOT,
                                "the YAML holds more than %,d values, keys and lists by here; reading stopped",
                                MAX_EVENTS),
                        "a procedure has a few thousand: check that this is the procedure file");
                return false;
            }
            switch (event.getEventId()) {
                case DocumentStart -> {
                    documents++;
                    if (documents > 1) {
                        unsupported.accept(Diagnostic.of(
                                Code.YAML_SYNTAX,
                                pos(event.getStartMark()),
                                "a second YAML document ('---'); a procedure is one document",
                                "remove the '---' line and what follows, or merge it into the first document"));
                        return false;
                    }
                }
                case Scalar -> {
                    ScalarEvent scalar = (ScalarEvent) event;
                    checkSupported(scalar, scalar.getTag());
                    if (unsupportedCount > MAX_UNSUPPORTED) {
                        return false;
                    }
                    Frame top = stack.peek();
                    if (top != null && top.isMap && top.pendingKey == null && top.entries.size() >= MAX_KEYS) {
                        tooMany = Diagnostic.of(
                                Code.TOO_MANY_VALUES,
                                pos(event.getStartMark()),
                                String.format(
                                        java.util.Locale.ROOT,
                                        "key %,d of the mapping that starts at line %d; a mapping may have at most %,d",
                                        top.entries.size() + 1,
                                        top.pos.line(),
                                        MAX_KEYS),
                                "a procedure has at most 200 nodes: check that this is the procedure file, and look"
                                        + " for a key repeated over and over");
                        return false;
                    }
                    add(new YScalar(scalar.getValue(), scalar.isPlain(), pos(event.getStartMark())));
                }
                case Alias -> {
                    reportUnsupported(Diagnostic.of(
                            Code.UNSUPPORTED_YAML,
                            pos(event.getStartMark()),
                            "alias '*" + ((AliasEvent) event).getAnchor() + "': procedures do not use aliases",
                            "write the value out in full"));
                    if (unsupportedCount > MAX_UNSUPPORTED) {
                        return false;
                    }
                }
                case MappingStart, SequenceStart -> {
                    CollectionStartEvent start = (CollectionStartEvent) event;
                    checkSupported(start, start.getTag());
                    if (unsupportedCount > MAX_UNSUPPORTED) {
                        return false;
                    }
                    if (stack.size() >= MAX_DEPTH) {
                        tooDeep = Diagnostic.of(
                                Code.TOO_DEEP,
                                pos(event.getStartMark()),
                                "the YAML is nested more than " + MAX_DEPTH + " levels deep",
                                "a procedure needs about six levels: look for a run of '[', '{' or '- '");
                        return false;
                    }
                    stack.push(new Frame(event.getEventId() == Event.ID.MappingStart, pos(event.getStartMark())));
                }
                case MappingEnd, SequenceEnd -> {
                    Frame frame = stack.pop();
                    add(frame.isMap ? new YMap(frame.entries, frame.pos) : new YSeq(frame.items, frame.pos));
                }
                default -> {
                    // stream and document boundaries and comments carry nothing for the tree
                }
            }
            return true;
        }

        private void checkSupported(NodeEvent event, String tag) {
            SourcePos at = pos(event.getStartMark());
            if (event.getAnchor() != null) {
                reportUnsupported(Diagnostic.of(
                        Code.UNSUPPORTED_YAML,
                        at,
                        "anchor '&" + event.getAnchor() + "': procedures do not use anchors",
                        "remove the '&" + event.getAnchor() + "' and write each value out in full"));
            }
            if (tag != null && !tag.equals("!")) {
                String written = tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : tag;
                reportUnsupported(Diagnostic.of(
                        Code.UNSUPPORTED_YAML,
                        at,
                        "tag '" + written + "': procedures do not use YAML tags",
                        "remove the tag; quote the value if it must stay text"));
            }
        }

        /** Reports the first {@link #MAX_UNSUPPORTED}; the next one only says that reading stopped. */
        private void reportUnsupported(Diagnostic d) {
            unsupportedCount++;
            if (unsupportedCount <= MAX_UNSUPPORTED) {
                unsupported.accept(d);
            } else if (unsupportedCount == MAX_UNSUPPORTED + 1) {
                unsupported.accept(Diagnostic.of(
                        Code.UNSUPPORTED_YAML,
                        d.pos(),
                        "more anchors, aliases or tags from here on; reading stopped after " + MAX_UNSUPPORTED,
                        "procedures are plain YAML: remove every '&', '*' and '!' that starts a value"));
            }
        }

        private void add(YNode node) {
            Frame top = stack.peek();
            if (top == null) {
                root = node;
            } else {
                top.add(node);
            }
        }
    }

    private static final class Frame {
        final boolean isMap;
        final SourcePos pos;
        final List<Entry> entries = new ArrayList<>();
        final List<YNode> items = new ArrayList<>();
        YNode pendingKey;

        Frame(boolean isMap, SourcePos pos) {
            this.isMap = isMap;
            this.pos = pos;
        }

        void add(YNode node) {
            if (!isMap) {
                items.add(node);
            } else if (pendingKey == null) {
                pendingKey = node;
            } else {
                entries.add(new Entry(pendingKey, node));
                pendingKey = null;
            }
        }
    }
}
