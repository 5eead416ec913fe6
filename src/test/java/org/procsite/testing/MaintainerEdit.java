package org.procsite.testing;

/**
 * The week's normal edits of a maintainer, as issue 10 tried them on the seed: a new support
 * name and number, a new version and date, and a new branch before the e-mail code step ("does
 * the tablet show the login page at all? if not, restart it"), with the answer a proctor now taps
 * there ("Oui") in each drill that goes through it. Applied as text, the way an editor changes
 * the file, so every line not touched keeps its place.
 */
public final class MaintainerEdit {

    /** The two nodes the new branch adds. */
    public static final String NEW_QUESTION = "page-connexion-affichee";

    public static final String NEW_STEP = "redemarrer-tablette";

    private MaintainerEdit() {}

    /** The frozen seed's text with the week's edits. */
    public static String apply(String seed) {
        String edited = replace(seed, "version: \"1.0\"", "version: \"1.1\"");
        edited = replace(edited, "updated: 2026-11-24", "updated: 2026-12-01");
        edited = replace(
                edited,
                "    name: UNESS\n    phone: \"06 49 10 01 97\"",
                "    name: Support UNESS\n    phone: \"04 76 00 00 00\"");
        edited = replace(
                edited,
                "      - label: Oui, mais le mot de passe est incorrect\n        next: code-mail-universitaire",
                "      - label: Oui, mais le mot de passe est incorrect\n        next: " + NEW_QUESTION);
        edited = replace(
                edited,
                "      - label: Non, le mot de passe est incorrect\n        next: code-mail-universitaire",
                "      - label: Non, le mot de passe est incorrect\n        next: " + NEW_QUESTION);
        // The drills that reach the e-mail code step now pass the new question: "Oui", the page shows.
        edited = replaceEach(edited, "answers: [Oui, ", "answers: [Oui, Oui, ");
        edited = replaceEach(edited, "answers: [Non, Non, ", "answers: [Non, Non, Oui, ");
        return replace(edited, "  code-mail-universitaire:\n", """
                  %s:
                    type: question
                    section: connexion
                    title: La tablette affiche-t-elle la page de connexion ?
                    choices:
                      - label: Oui, la page de connexion s'affiche
                        next: code-mail-universitaire
                      - label: Non, la page ne s'affiche pas
                        next: %s

                  %s:
                    type: step
                    section: connexion
                    title: Redémarrer la tablette
                    steps:
                      - Éteindre la tablette avec le bouton d'alimentation, puis la rallumer.
                      - Attendre que la page de connexion s'affiche.
                    next: code-mail-universitaire

                  code-mail-universitaire:
                """.formatted(NEW_QUESTION, NEW_STEP, NEW_STEP));
    }

    private static String replaceEach(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the seed no longer holds '" + from + "'");
        }
        return text.replace(from, to);
    }

    private static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("the seed no longer holds exactly one '" + from + "'");
        }
        return text.replace(from, to);
    }
}
