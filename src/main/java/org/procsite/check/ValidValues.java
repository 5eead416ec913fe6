package org.procsite.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.load.Draft.Scalar;
import org.procsite.model.NodeType;

/**
 * Values that must parse: E018 the date, E017 phone numbers, E019 every_minutes, E026 the
 * site URL, E028 the language code.
 */
final class ValidValues implements Rule {

    /** Digits with the usual separators, an optional leading +; 2 digits (15, 112) to 15 (E.164). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .\\-()]*");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    @Override
    public Set<Code> codes() {
        return Set.of(Code.BAD_DATE, Code.BAD_PHONE, Code.BAD_EVERY_MINUTES, Code.BAD_URL, Code.BAD_LANG);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        DraftProcedure draft = context.draft;
        if (draft.updated() != null) {
            checkDate(draft.updated(), report);
        }
        if (draft.lang() != null && !LANG.matcher(draft.lang().text()).matches()) {
            report.accept(Diagnostic.of(
                    Code.BAD_LANG,
                    draft.lang().pos(),
                    "lang '" + draft.lang().text() + "' is not a language code",
                    "write a code such as fr or en"));
        }
        if (draft.siteUrl() != null) {
            checkUrl(draft.siteUrl(), report);
        }
        checkContacts(draft.contacts(), report);
        for (DraftNode node : draft.nodes()) {
            if (node.everyMinutes() != null && context.typeOf(node).orElse(null) == NodeType.WAIT) {
                checkEveryMinutes(node.everyMinutes(), report);
            }
        }
    }

    /** The phone numbers of contacts, a procedure's own or those of a shared contacts file. */
    static void checkContacts(List<DraftContact> contacts, Consumer<Diagnostic> report) {
        for (DraftContact contact : contacts) {
            if (contact.phone() != null) {
                checkPhone(contact.phone(), report);
            }
        }
    }

    private static void checkDate(Scalar date, Consumer<Diagnostic> report) {
        String hint = "write the date as YYYY-MM-DD, e.g. 2026-11-24";
        if (!DATE.matcher(date.text()).matches()) {
            report.accept(Diagnostic.of(Code.BAD_DATE, date.pos(), "'" + date.text() + "' is not a date", hint));
            return;
        }
        try {
            LocalDate.parse(date.text());
        } catch (DateTimeParseException e) {
            report.accept(Diagnostic.of(
                    Code.BAD_DATE, date.pos(), "'" + date.text() + "' is not a day of the calendar", hint));
        }
    }

    private static void checkPhone(Scalar phone, Consumer<Diagnostic> report) {
        long digits = phone.text().chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(phone.text().strip()).matches() || digits < 2 || digits > 15) {
            report.accept(Diagnostic.of(
                    Code.BAD_PHONE,
                    phone.pos(),
                    "'" + phone.text() + "' is not a phone number",
                    "write digits, with spaces if you like, and a leading + for an international number,"
                            + " e.g. \"06 49 10 01 97\""));
        }
    }

    private static void checkEveryMinutes(Scalar value, Consumer<Diagnostic> report) {
        int minutes;
        try {
            minutes = Integer.parseInt(value.text());
        } catch (NumberFormatException e) {
            minutes = -1;
        }
        if (minutes < 1 || minutes > 60 || 60 % minutes != 0) {
            report.accept(Diagnostic.of(
                    Code.BAD_EVERY_MINUTES,
                    value.pos(),
                    "every_minutes is '" + value.text()
                            + "'; it must be a whole number of minutes that divides the hour",
                    "use one of 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60"));
        }
    }

    private static void checkUrl(Scalar url, Consumer<Diagnostic> report) {
        boolean ok;
        try {
            URI uri = new URI(url.text());
            ok = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            ok = false;
        }
        if (!ok) {
            report.accept(Diagnostic.of(
                    Code.BAD_URL,
                    url.pos(),
                    "site_url '" + url.text() + "' is not a web address",
                    "write the full address of decision.html, starting with https://"));
        }
    }
}
