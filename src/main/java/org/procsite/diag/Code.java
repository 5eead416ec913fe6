package org.procsite.diag;

/**
 * Every diagnostic procsite reports, with its stable code. Codes never change meaning and are
 * never reused; docs/diagnostics.md lists each with its meaning, an example and its fix
 * ({@code DiagnosticsDocTest} holds that table to this enum).
 */
public enum Code {
    YAML_SYNTAX("E001", Severity.ERROR, "YAML syntax error"),
    NOT_UTF8("E002", Severity.ERROR, "the file is not UTF-8 text"),
    UNSUPPORTED_YAML("E003", Severity.ERROR, "a YAML tag, anchor or alias, which procedures do not use"),
    WRONG_KIND("E004", Severity.ERROR, "a value of the wrong kind (text, list or mapping)"),
    UNKNOWN_KEY("E005", Severity.ERROR, "a key procsite does not know"),
    DANGLING_REFERENCE("E006", Severity.ERROR, "'next', 'start', 'contact' or 'section' names nothing"),
    MISSING_KEY("E007", Severity.ERROR, "a required key is missing"),
    DUPLICATE_KEY("E008", Severity.ERROR, "the same key twice in one mapping"),
    DUPLICATE_ID("E009", Severity.ERROR, "the same node, contact or section id twice"),
    UNREACHABLE_NODE("E010", Severity.ERROR, "a node that 'start' cannot reach"),
    CYCLE("E011", Severity.ERROR, "a cycle: a path that comes back to a node it passed"),
    TOO_FEW_CHOICES("E012", Severity.ERROR, "a question with fewer than two choices"),
    DUPLICATE_LABEL("E013", Severity.ERROR, "two choices of one question with the same label"),
    MISSING_NEXT("E014", Severity.ERROR, "a step or wait without its 'next'"),
    KEY_NOT_ALLOWED("E015", Severity.ERROR, "a key that this type of node cannot have"),
    BAD_ID("E016", Severity.ERROR, "an id that is not lower-case letters, digits and dashes"),
    BAD_PHONE("E017", Severity.ERROR, "a phone number that cannot be dialled"),
    BAD_DATE("E018", Severity.ERROR, "a date that is not YYYY-MM-DD"),
    BAD_EVERY_MINUTES("E019", Severity.ERROR, "an every_minutes that does not divide the hour"),
    NO_SUCCESS("E020", Severity.ERROR, "no success end can be reached"),
    NO_ESCALATION("E021", Severity.ERROR, "no escalation end can be reached"),
    UNKNOWN_TYPE("E022", Severity.ERROR, "a node type procsite does not know"),
    EMPTY_FILE("E023", Severity.ERROR, "the file holds no procedure"),
    FILE_TOO_LARGE("E024", Severity.ERROR, "the file is over 64 MiB"),
    EMPTY_VALUE("E025", Severity.ERROR, "a value that must not be empty"),
    BAD_URL("E026", Severity.ERROR, "a site_url that is not an http(s) address"),
    TOO_DEEP("E027", Severity.ERROR, "YAML nested too deeply"),
    BAD_LANG("E028", Severity.ERROR, "a lang that is not a language code"),
    WORD_TOO_LONG("E029", Severity.ERROR, "a word longer than 200 characters"),
    TEXT_TOO_LONG("E030", Severity.ERROR, "a text longer than 2,000 characters"),
    TOO_MANY_NODES("E031", Severity.ERROR, "more than 200 nodes, more than a printed sheet can hold"),
    TOO_MUCH_TEXT(
            "E032", Severity.ERROR, "more than 60,000 characters of text in all, more than a printed sheet can hold"),
    TOO_MANY_ARROWS(
            "E033",
            Severity.ERROR,
            "more than 400 arrows (answers and 'next' links) in all, more than a flowchart can show"),
    TOO_MANY_ITEMS("E034", Severity.ERROR, "a checklist of more than 30 items"),
    BAD_FILE_NAME(
            "E035",
            Severity.ERROR,
            "among several procedures, a file name that cannot name the procedure's folder of the site"),
    DRILL_ANSWER_NOT_OFFERED("E036", Severity.ERROR, "a drill's answer that the question it reached does not offer"),
    DRILL_ANSWERS_LEFT_OVER("E037", Severity.ERROR, "a drill with answers left over after it reached an end"),
    DRILL_ANSWERS_RUN_OUT("E038", Severity.ERROR, "a drill whose answers run out at a question, before an end"),
    DRILL_ENDS_ELSEWHERE("E039", Severity.ERROR, "a drill that ends at another node than its 'ends'"),
    DRILL_ENDS_NO_NODE("E040", Severity.ERROR, "a drill's 'ends' that names no node"),
    DUPLICATE_DRILL_NAME("E041", Severity.ERROR, "two drills with the same name"),
    TOO_MANY_VALUES(
            "E042", Severity.ERROR, "a YAML file with more values, or a mapping with more keys, than any procedure"),
    BIDI_CONTROL("E043", Severity.ERROR, "an invisible character that changes the direction of the text"),
    LINK_TO_NO_NODE("E044", Severity.ERROR, "a link '#id' in a text that names no node"),
    UNUSED_CONTACT("W001", Severity.WARNING, "a contact that no escalation names"),
    EMPTY_SECTION("W002", Severity.WARNING, "a section with no node in it"),
    NO_SECTION("W003", Severity.WARNING, "a node outside every section while the procedure has sections"),
    UNTRANSLATED_LANG("W004", Severity.WARNING, "a lang the page texts are not translated into"),
    STRAY_PHONE_NUMBER("W005", Severity.WARNING, "a text mentions a phone number that is no contact's"),
    SHEET_OVER_ONE_SHEET("W006", Severity.WARNING, "the printed tutorial no longer fits on one A4 sheet recto-verso"),
    VERSION_NOT_RAISED("W007", Severity.WARNING, "the content changed since git's last commit, but not the version"),
    UNPRINTABLE_CHARACTER("W008", Severity.WARNING, "a character the PDF's font cannot draw"),
    LONG_CHECKLIST("W009", Severity.WARNING, "a checklist of more than 9 items, more than one reads at a glance");

    private final String id;
    private final Severity severity;
    private final String summary;

    Code(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    /**
     * True when the file cannot be read as a procedure at all: no other rule has run, so other
     * problems may be waiting behind this one.
     */
    public boolean stopsTheChecks() {
        return this == YAML_SYNTAX
                || this == NOT_UTF8
                || this == UNSUPPORTED_YAML
                || this == FILE_TOO_LARGE
                || this == TOO_DEEP;
    }

    /**
     * True for the problems a drill finds (E036 to E041): the procedure itself is sound, so
     * {@code paths} can still show where each drill now goes.
     */
    public boolean isAboutDrills() {
        return this == DRILL_ANSWER_NOT_OFFERED
                || this == DRILL_ANSWERS_LEFT_OVER
                || this == DRILL_ANSWERS_RUN_OUT
                || this == DRILL_ENDS_ELSEWHERE
                || this == DRILL_ENDS_NO_NODE
                || this == DUPLICATE_DRILL_NAME;
    }

    /** The stable code printed in brackets, e.g. {@code E006}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line saying what the code is about, for the table of docs/diagnostics.md and {@code --format json}. */
    public String summary() {
        return summary;
    }
}
