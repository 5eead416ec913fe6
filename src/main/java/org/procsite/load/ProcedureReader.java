package org.procsite.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftDrill;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.load.Draft.DraftSection;
import org.procsite.load.Draft.Scalar;
import org.procsite.load.YNode.Entry;
import org.procsite.load.YNode.YMap;
import org.procsite.load.YNode.YScalar;
import org.procsite.load.YNode.YSeq;
import org.procsite.model.NodeType;
import org.procsite.model.SourcePos;

/**
 * Reads the YAML tree into a {@link DraftProcedure}, following the shape of the format: which
 * keys exist, which are required everywhere, and which hold text, lists or mappings. Whether
 * the values make sense together (references, the graph, per-type rules) is the checker's job.
 */
final class ProcedureReader {

    static final List<String> TOP_KEYS = List.of(
            "title",
            "summary",
            "lang",
            "version",
            "updated",
            "site_url",
            "contacts",
            "sections",
            "start",
            "nodes",
            "drills");
    static final List<String> NODE_KEYS = NodeType.ALL_KEYS;
    static final List<String> CHOICE_KEYS = List.of("label", "next");
    static final List<String> CONTACT_KEYS = List.of("name", "phone");
    static final List<String> CONTACTS_FILE_KEYS = List.of("contacts");
    static final List<String> SECTION_KEYS = List.of("id", "title");
    static final List<String> DRILL_KEYS = List.of("name", "answers", "ends");

    /** Problems that may leave part of the file out of the draft (a value of the wrong kind, a repeated id...). */
    private final Consumer<Diagnostic> report;
    /** Problems that leave the draft whole: a key a type requires, a repeated section id. */
    private final Consumer<Diagnostic> reportDraftWhole;

    private boolean draftWhole = true;

    private ProcedureReader(Consumer<Diagnostic> report) {
        this.reportDraftWhole = report;
        this.report = d -> {
            draftWhole = false;
            report.accept(d);
        };
    }

    /** The draft, or null if the file is not a mapping of keys; and whether it holds all the file holds. */
    record Read(DraftProcedure draft, boolean draftWhole) {}

    static Read read(YNode root, Consumer<Diagnostic> report) {
        ProcedureReader reader = new ProcedureReader(report);
        DraftProcedure draft = reader.procedure(root);
        return new Read(draft, draft != null && reader.draftWhole);
    }

    /** The contacts of a shared contacts file, and whether none was left out. */
    record ContactsRead(List<DraftContact> contacts, boolean whole) {}

    /** A shared contacts file: a mapping with the one key {@code contacts:}, shaped as in a procedure. */
    static ContactsRead readContacts(YNode root, Consumer<Diagnostic> report) {
        ProcedureReader reader = new ProcedureReader(report);
        List<DraftContact> contacts = List.of();
        if (root instanceof YMap map) {
            Fields f = reader.new Fields(map, CONTACTS_FILE_KEYS, "at the top of the contacts file");
            contacts = reader.contacts(f.requiredMap("contacts", map.pos()));
        } else if (root instanceof YScalar s && s.isNull()) {
            reader.report.accept(Diagnostic.of(
                    Code.EMPTY_FILE,
                    root.pos(),
                    "the file holds no contacts",
                    "write 'contacts:', then each contact's id, with its name and phone below"));
        } else {
            reader.report.accept(Diagnostic.of(
                    Code.WRONG_KIND,
                    root.pos(),
                    "the contacts file must be a mapping with the key contacts:, not " + root.kindName(),
                    "write 'contacts:', then each contact's id, with its name and phone below"));
        }
        // A contact without its name or number is reported here, and left out: a procedure may
        // not call it, and naming it there is no second mistake (whole is false).
        List<DraftContact> complete = contacts.stream()
                .filter(c -> c.name() != null && c.phone() != null)
                .toList();
        return new ContactsRead(complete, reader.draftWhole && complete.size() == contacts.size());
    }

    private DraftProcedure procedure(YNode root) {
        if (root instanceof YScalar s && s.isNull()) {
            report.accept(Diagnostic.of(
                    Code.EMPTY_FILE,
                    root.pos(),
                    "the file holds no procedure",
                    "start from the example in README.md: title, lang, version, updated, start, nodes"));
            return null;
        }
        if (!(root instanceof YMap map)) {
            report.accept(Diagnostic.of(
                    Code.WRONG_KIND,
                    root.pos(),
                    "the procedure must be a mapping of keys (title:, nodes:, ...), not " + root.kindName(),
                    "start from the example in README.md: title, lang, version, updated, start, nodes"));
            return null;
        }
        Fields f = new Fields(map, TOP_KEYS, "at the top of the procedure");
        SourcePos at = map.pos();
        return new DraftProcedure(
                at,
                f.keys,
                f.requiredWords("title", at),
                f.text("summary"),
                f.requiredText("lang", at),
                f.requiredText("version", at),
                f.requiredText("updated", at),
                f.text("site_url"),
                contacts(f.map("contacts")),
                sections(f.seq("sections")),
                f.requiredText("start", at),
                nodes(f.requiredMap("nodes", at)),
                drills(f));
    }

    /**
     * The drills. Their problems leave the procedure whole: a drill is no part of the graph, so
     * a mistake in one holds back no rule about the nodes.
     */
    private List<DraftDrill> drills(Fields top) {
        boolean whole = draftWhole;
        List<DraftDrill> drills = new ArrayList<>();
        YSeq seq = top.seq("drills");
        if (seq != null) {
            for (YNode item : seq.items()) {
                YMap body = asMap(item, "a drill");
                if (body != null) {
                    Fields f = new Fields(body, DRILL_KEYS, "in a drill");
                    Scalar name = f.requiredWords("name", body.pos());
                    boolean hasAnswers = f.keys.containsKey("answers");
                    YSeq answers = hasAnswers ? f.seq("answers") : null;
                    if (!hasAnswers) {
                        f.reportMissing("answers", body.pos());
                    }
                    List<Scalar> texts = answers == null ? null : answers(answers, name);
                    if (hasAnswers && f.values.get("answers") instanceof YScalar s && s.isNull()) {
                        texts = List.of(); // 'answers:' and nothing: no answer at all
                    }
                    drills.add(new DraftDrill(
                            body.pos(), name, f.keys.get("answers"), texts, f.requiredText("ends", body.pos())));
                }
            }
        }
        draftWhole = whole;
        return drills;
    }

    /** The answers of a drill, or null if one is not text (reported). An empty list is no answer at all. */
    private List<Scalar> answers(YSeq seq, Scalar drillName) {
        List<Scalar> answers = new ArrayList<>();
        String what = drillName == null ? "an answer of a drill" : "an answer of drill \"" + drillName.text() + "\"";
        for (YNode item : seq.items()) {
            if (item instanceof YScalar s) {
                answers.add(new Scalar(s.text(), s.pos()));
            } else {
                report.accept(wrongKind(item, what, "text, the label of an answer"));
                return null;
            }
        }
        return answers;
    }

    private List<DraftContact> contacts(YMap map) {
        List<DraftContact> contacts = new ArrayList<>();
        if (map != null) {
            for (Entry e : uniqueEntries(map, "contact")) {
                Scalar id = keyText(e.key());
                YMap body = asMap(e.value(), "contact '" + id.text() + "'");
                if (body != null) {
                    Fields f = new Fields(body, CONTACT_KEYS, "in contact '" + id.text() + "'");
                    contacts.add(
                            new DraftContact(id, f.requiredWords("name", id.pos()), f.requiredText("phone", id.pos())));
                }
            }
        }
        return contacts;
    }

    private List<DraftSection> sections(YSeq seq) {
        List<DraftSection> sections = new ArrayList<>();
        Map<String, SourcePos> seen = new HashMap<>();
        if (seq != null) {
            for (YNode item : seq.items()) {
                YMap body = asMap(item, "a section");
                if (body != null) {
                    Fields f = new Fields(body, SECTION_KEYS, "in a section");
                    DraftSection section = new DraftSection(
                            body.pos(), f.requiredText("id", body.pos()), f.requiredWords("title", body.pos()));
                    sections.add(section); // kept: sections are a list, and nodes name the first of an id
                    SourcePos first = section.id() == null
                            ? null
                            : seen.putIfAbsent(section.id().text(), section.id().pos());
                    if (first != null) {
                        reportDraftWhole.accept(Diagnostic.of(
                                Code.DUPLICATE_ID,
                                section.id().pos(),
                                "section id '" + section.id().text() + "' is used twice (first at line " + first.line()
                                        + ")",
                                "give each section its own id"));
                    }
                }
            }
        }
        return sections;
    }

    private List<DraftNode> nodes(YMap map) {
        List<DraftNode> nodes = new ArrayList<>();
        if (map != null) {
            DraftNode above = null;
            for (Entry e : uniqueEntries(map, "node")) {
                Scalar id = keyText(e.key());
                if (!(e.value() instanceof YMap) && above != null && NODE_KEYS.contains(id.text())) {
                    report.accept(keyMovedLeft(id, above));
                    continue;
                }
                YMap body = asMap(e.value(), "node '" + id.text() + "'");
                if (body != null) {
                    above = node(id, body);
                    nodes.add(above);
                }
            }
        }
        return nodes;
    }

    /**
     * A node's key (next:, title:...) written at the level of the node ids: it was meant for the
     * node above, most likely, and lost its indentation.
     */
    private static Diagnostic keyMovedLeft(Scalar key, DraftNode above) {
        int column = above.keys().values().stream()
                .mapToInt(SourcePos::column)
                .min()
                .orElse(key.pos().column() + 2);
        return Diagnostic.of(
                Code.WRONG_KIND,
                key.pos(),
                "'" + key.text() + ":' stands where node ids go; it probably belongs to node '"
                        + above.id().text() + "' above",
                "indent it like the other keys of '" + above.id().text() + "' (" + (column - 1)
                        + " spaces from the left)");
    }

    private DraftNode node(Scalar id, YMap body) {
        Fields f = new Fields(body, NODE_KEYS, "in node '" + id.text() + "'");
        YSeq choices = f.seq("choices");
        YSeq steps = f.seq("steps");
        DraftNode node = new DraftNode(
                id,
                f.keys,
                f.requiredText("type", id.pos()),
                f.requiredWords("title", id.pos()),
                f.text("text"),
                f.text("section"),
                choices == null ? null : choices(choices, id),
                steps == null ? null : steps(steps, id),
                f.text("next"),
                f.text("every_minutes"),
                f.text("contact"),
                f.hasUnknownKeys);
        if (node.type() != null && !f.hasUnknownKeys) { // else the missing key may be the mistyped one
            NodeType.named(node.type().text()).ifPresent(type -> requireKeysOf(type, node));
        }
        return node;
    }

    /**
     * E007 for the keys a type requires ({@link NodeType#requiredKeys()}), but for the ways on,
     * whose rules say more: a question's 'choices' (E012), a step's or wait's 'next' (E014).
     */
    private void requireKeysOf(NodeType type, DraftNode node) {
        for (String key : type.requiredKeys()) {
            if (!key.equals("choices") && !key.equals("next") && node.scalar(key) == null) {
                reportDraftWhole.accept(Diagnostic.of(
                        Code.MISSING_KEY,
                        node.id().pos(),
                        type.yamlName() + " '" + node.id().text() + "' is missing required key '" + key + "'",
                        switch (key) {
                            case "every_minutes" -> "add 'every_minutes: 15' (or another divisor of 60)";
                            case "contact" -> "add 'contact:' with the id of one of the contacts";
                            default -> "add '" + key + ":' with its value";
                        }));
            }
        }
    }

    private List<DraftChoice> choices(YSeq seq, Scalar nodeId) {
        List<DraftChoice> choices = new ArrayList<>();
        for (YNode item : seq.items()) {
            YMap body = asMap(item, "a choice of node '" + nodeId.text() + "'");
            if (body != null) {
                Fields f = new Fields(body, CHOICE_KEYS, "in a choice of node '" + nodeId.text() + "'");
                choices.add(new DraftChoice(
                        body.pos(), f.requiredWords("label", body.pos()), f.requiredText("next", body.pos())));
            }
        }
        return choices;
    }

    private List<Scalar> steps(YSeq seq, Scalar nodeId) {
        List<Scalar> steps = new ArrayList<>();
        for (YNode item : seq.items()) {
            Scalar step = scalar(item, "a step of node '" + nodeId.text() + "'");
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** Entries of an id-keyed mapping (nodes, contacts); a repeated id is reported and skipped. */
    private List<Entry> uniqueEntries(YMap map, String what) {
        Map<String, SourcePos> seen = new HashMap<>();
        List<Entry> unique = new ArrayList<>();
        for (Entry e : map.entries()) {
            Scalar id = scalar(e.key(), "a " + what + " id");
            if (id == null) {
                continue;
            }
            SourcePos first = seen.putIfAbsent(id.text(), id.pos());
            if (first != null) {
                report.accept(Diagnostic.of(
                        Code.DUPLICATE_ID,
                        id.pos(),
                        what + " id '" + id.text() + "' is used twice (first at line " + first.line() + ")",
                        "give each " + what + " its own id, or merge the two"));
            } else {
                unique.add(e);
            }
        }
        return unique;
    }

    private static Scalar keyText(YNode key) {
        YScalar s = (YScalar) key; // uniqueEntries kept only text keys
        return new Scalar(s.text(), s.pos());
    }

    private YMap asMap(YNode node, String what) {
        if (node instanceof YMap map) {
            return map;
        }
        report.accept(wrongKind(node, what, "a mapping (keys, one per line, indented below)"));
        return null;
    }

    /** The node as text; reports a list or mapping where text is due. A null scalar is no text. */
    private Scalar scalar(YNode node, String what) {
        if (node instanceof YScalar s) {
            return s.isNull() ? null : new Scalar(s.text(), s.pos());
        }
        report.accept(wrongKind(node, what, "text"));
        return null;
    }

    private static Diagnostic wrongKind(YNode node, String what, String expected) {
        return Diagnostic.of(Code.WRONG_KIND, node.pos(), what + " must be " + expected + ", not " + node.kindName());
    }

    /** The keys of one mapping, checked against the keys the format allows there. */
    private final class Fields {
        final Map<String, SourcePos> keys = new LinkedHashMap<>();
        private final Map<String, YNode> values = new HashMap<>();
        private final String where;
        boolean hasUnknownKeys;
        /** Keys that a mistyped key probably meant: not reported missing a second time. */
        private final Set<String> guessed = new HashSet<>();

        Fields(YMap map, List<String> known, String where) {
            this.where = where;
            for (Entry e : map.entries()) {
                Scalar key = scalar(e.key(), "a key " + where);
                if (key == null) {
                    continue;
                }
                String name = key.text();
                if (!known.contains(name)) {
                    hasUnknownKeys = true;
                    DidYouMean.closest(name, known).ifPresent(guessed::add);
                    report.accept(Diagnostic.of(
                            Code.UNKNOWN_KEY,
                            key.pos(),
                            "unknown key '" + name + "' " + where + DidYouMean.suffix(name, known),
                            "the keys allowed here are: " + String.join(", ", known)));
                } else if (keys.containsKey(name)) {
                    report.accept(Diagnostic.of(
                            Code.DUPLICATE_KEY,
                            key.pos(),
                            "key '" + name + "' appears twice " + where + " (first at line "
                                    + keys.get(name).line() + ")",
                            "keep one of the two"));
                } else {
                    keys.put(name, key.pos());
                    values.put(name, e.value());
                }
            }
        }

        Scalar text(String key) {
            YNode value = values.get(key);
            return value == null ? null : scalar(value, "'" + key + "'");
        }

        Scalar requiredText(String key, SourcePos owner) {
            if (!values.containsKey(key)) {
                reportMissing(key, owner);
                return null;
            }
            YNode value = values.get(key);
            if (value instanceof YScalar s && s.isNull()) {
                report.accept(Diagnostic.of(
                        Code.EMPTY_VALUE,
                        keys.get(key),
                        "'" + key + "' is empty",
                        "write a value after '" + key + ":'"));
                return null;
            }
            return text(key);
        }

        /** A required text that people read (a title, a name, an answer): blank is empty too. */
        Scalar requiredWords(String key, SourcePos owner) {
            Scalar words = requiredText(key, owner);
            if (words != null && words.text().isBlank()) {
                report.accept(Diagnostic.of(
                        Code.EMPTY_VALUE,
                        keys.get(key),
                        "'" + key + "' is blank",
                        "write the words to show after '" + key + ":'"));
                return null;
            }
            return words;
        }

        YMap map(String key) {
            YNode value = values.get(key);
            if (value == null || value instanceof YScalar s && s.isNull()) {
                return null;
            }
            return asMap(value, "'" + key + "'");
        }

        YMap requiredMap(String key, SourcePos owner) {
            if (!values.containsKey(key)) {
                reportMissing(key, owner);
                return null;
            }
            return map(key);
        }

        YSeq seq(String key) {
            YNode value = values.get(key);
            if (value == null || value instanceof YScalar s && s.isNull()) {
                return null;
            }
            if (value instanceof YSeq seq) {
                return seq;
            }
            report.accept(wrongKind(value, "'" + key + "'", "a list (one '- ' item per line)"));
            return null;
        }

        private void reportMissing(String key, SourcePos owner) {
            if (!guessed.contains(key)) { // else the unknown key's did-you-mean already says it
                report.accept(missing(key, owner));
            }
        }

        private Diagnostic missing(String key, SourcePos owner) {
            return Diagnostic.of(
                    Code.MISSING_KEY,
                    owner,
                    "missing required key '" + key + "' " + where,
                    "add '" + key + ":' with its value");
        }
    }
}
