package org.procsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.Scalar;
import org.procsite.model.Contact;
import org.procsite.model.SourcePos;

/**
 * W005: a text that mentions a phone number which is not a contact's. Numbers are written in
 * {@code contacts:}, and the call button shows them; a copy in a text is missed when the
 * contact changes, and the proctor then sees two numbers. Reported where the number stands.
 */
final class PhoneNumbersInTexts implements Rule {

    /**
     * A number as people write one: a leading + or 0, then digits, each group separated by at
     * most one space, dot or dash, with an optional "(0)". Dates (2026-11-24) and times (12h15)
     * do not start that way or hold other characters; short numbers (112) are too short.
     */
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\w+])(?:\\+\\d|0\\d)(?:[ .\\-\\u00A0]?(?:\\(0\\)[ .\\-\\u00A0]?)?\\d)+(?!\\w)");

    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;
    /** How far below its key a number may stand in a long block of text. */
    private static final int SEARCH_LINES = 400;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.STRAY_PHONE_NUMBER);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        List<String> known = new ArrayList<>();
        for (DraftContact contact : context.contacts.values()) {
            if (contact.phone() != null) {
                known.add(digits(contact.phone().text()));
            }
        }
        if (context.draft.summary() != null) {
            check(context, context.draft.summary(), "the summary", null, known, report);
        }
        for (DraftNode node : context.draft.nodes()) {
            String id = "'" + node.id().text() + "'";
            DraftContact own = node.contact() == null
                    ? null
                    : context.contacts.get(node.contact().text());
            if (node.title() != null) {
                check(context, node.title(), "the title of " + id, own, known, report);
            }
            if (node.text() != null) {
                check(context, node.text(), "the text of " + id, own, known, report);
            }
            if (node.steps() != null) {
                for (Scalar step : node.steps()) {
                    check(context, step, "a step of " + id, own, known, report);
                }
            }
            if (node.choices() != null) {
                for (DraftChoice choice : node.choices()) {
                    if (choice.label() != null) {
                        check(context, choice.label(), "an answer of " + id, own, known, report);
                    }
                }
            }
        }
    }

    private static void check(
            CheckContext context,
            Scalar value,
            String where,
            DraftContact own,
            List<String> known,
            Consumer<Diagnostic> report) {
        Matcher m = NUMBER.matcher(value.text());
        int occurrence = 0;
        while (m.find()) {
            String number = m.group();
            String digits = digits(number);
            if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
                continue;
            }
            occurrence++;
            if (known.stream().anyMatch(k -> same(k, digits))) {
                continue;
            }
            SourcePos at = locate(context.lines, value.pos(), digits, occurrence);
            boolean hasOwn = own != null && own.phone() != null;
            String message = where + " mentions " + number + ", which is "
                    + (hasOwn
                            ? "not the number of its contact '" + own.id().text() + "' ("
                                    + own.phone().text() + ")"
                            : "not the number of any contact");
            String hint = hasOwn
                    ? "the call button already shows " + own.phone().text()
                            + " on every screen: remove the number from the text"
                    : "a number is kept in one place, 'contacts:': remove it from the text, or add it there as a contact";
            report.accept(Diagnostic.of(Code.STRAY_PHONE_NUMBER, at, message, hint));
        }
    }

    /** The dialled digits, as {@link Contact#telUri()} has them, with the + kept. */
    static String digits(String phone) {
        return new Contact("", "", phone).telUri().substring("tel:".length());
    }

    /** The same number, written nationally (06…) or internationally (+33 6…). */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.startsWith("+") == b.startsWith("+")) {
            return false;
        }
        String international = a.startsWith("+") ? a : b;
        String national = a.startsWith("+") ? b : a;
        return national.startsWith("0") && national.length() >= 9 && international.endsWith(national.substring(1));
    }

    /**
     * Where the {@code occurrence}-th number with these digits stands in the file, at or after
     * the value's start: a folded or quoted text may carry it lines below its key, and may break
     * it across a line. The value's own position when it cannot be found (escapes, say).
     */
    static SourcePos locate(List<String> lines, SourcePos from, String digits, int occurrence) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                pattern.append("[^0-9\\n]{0,4}\\n?[ \\t]*");
            }
            pattern.append(Pattern.quote(String.valueOf(digits.charAt(i))));
        }
        Pattern p = Pattern.compile("(?<![0-9])" + pattern + "(?![0-9])");
        StringBuilder text = new StringBuilder();
        int first = from.line() - 1;
        int last = Math.min(lines.size(), first + SEARCH_LINES);
        List<Integer> starts = new ArrayList<>();
        for (int i = first; i < last; i++) {
            starts.add(text.length());
            String line = lines.get(i);
            text.append(line).append('\n');
        }
        if (starts.isEmpty()) {
            return from;
        }
        int offset = lines.get(first)
                .offsetByCodePoints(
                        0,
                        Math.min(
                                from.column() - 1,
                                lines.get(first)
                                        .codePointCount(0, lines.get(first).length())));
        Matcher m = p.matcher(text);
        int found = 0;
        int at = offset;
        while (found < occurrence && m.find(at)) {
            found++;
            at = m.end();
            if (found == occurrence) {
                int start = m.start();
                int line = 0;
                while (line + 1 < starts.size() && starts.get(line + 1) <= start) {
                    line++;
                }
                String source = lines.get(first + line);
                int column = source.codePointCount(0, start - starts.get(line)) + 1;
                return new SourcePos(first + line + 1, column);
            }
        }
        return from;
    }
}
