package org.procsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.model.SourcePos;

/** The loader on small inline files: 1-based positions in the draft, and the file's shape errors with theirs. */
class LoaderTest {

    /** Valid; line numbers in the comments of the tests count from 1. */
    private static final String LAB = """
            title: Lab login
            lang: en
            version: "1"
            updated: 2026-11-24
            contacts:
              desk:
                name: Help desk
                phone: "0612"
            start: ask
            nodes:
              ask:
                type: question
                title: Can you log in?
                choices:
                  - label: no
                    next: call
                  - label: Yes, I can
                    next: done
              done:
                type: success
                title: Logged in
              call:
                type: escalation
                title: Call the desk
                contact: desk
            """;

    private static LoadResult load(String yaml) {
        return Loader.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static DraftNode node(DraftProcedure draft, String id) {
        return draft.nodes().stream()
                .filter(n -> n.id().text().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static void assertOnly(LoadResult loaded, Code code, int line, int column, String message) {
        List<Diagnostic> diagnostics = loaded.diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        Diagnostic d = diagnostics.get(0);
        assertEquals(code, d.code(), d::toString);
        assertEquals(new SourcePos(line, column), d.pos(), d::toString);
        assertEquals(message, d.message());
    }

    @Test
    void aValidFileLoadsWholeWithoutDiagnostics() {
        LoadResult loaded = load(LAB);

        assertEquals(List.of(), loaded.diagnostics());
        assertTrue(loaded.draftWhole());
        assertEquals(
                List.of("ask", "done", "call"),
                loaded.draft().orElseThrow().nodes().stream()
                        .map(n -> n.id().text())
                        .toList());
    }

    @Test
    void everyValueCarriesItsOneBasedLineAndColumn() {
        DraftProcedure draft = load(LAB).draft().orElseThrow();

        assertEquals(new SourcePos(1, 8), draft.title().pos());
        assertEquals(new SourcePos(9, 8), draft.start().pos());
        DraftNode ask = node(draft, "ask");
        assertEquals(new SourcePos(11, 3), ask.id().pos());
        assertEquals(new SourcePos(12, 11), ask.type().pos());
        assertEquals(new SourcePos(14, 5), ask.keys().get("choices"));
        assertEquals(new SourcePos(17, 9), ask.choices().get(1).pos());
        assertEquals(new SourcePos(17, 16), ask.choices().get(1).label().pos());
        assertEquals(new SourcePos(18, 15), ask.choices().get(1).next().pos());
        assertEquals(new SourcePos(25, 14), node(draft, "call").contact().pos());
    }

    @Test
    void scalarsStayAsWrittenNotAsYamlWouldReadThem() {
        DraftProcedure draft = load(LAB).draft().orElseThrow();

        assertEquals("no", node(draft, "ask").choices().get(0).label().text()); // not false
        assertEquals("2026-11-24", draft.updated().text()); // not a date
        assertEquals("0612", draft.contacts().get(0).phone().text()); // not 612, not octal
    }

    @Test
    void anUnknownKeyIsReportedWhereItStandsWithADidYouMean() {
        LoadResult loaded = load(LAB.replace("    choices:", "    choises:"));

        assertOnly(loaded, Code.UNKNOWN_KEY, 14, 5, "unknown key 'choises' in node 'ask' (did you mean 'choices'?)");
    }

    @Test
    void aKeyTwiceIsReportedAtTheSecondAndNamesTheFirstLine() {
        LoadResult loaded = load(LAB.replace("    title: Logged in\n", "    title: Logged in\n    title: In\n"));

        assertOnly(loaded, Code.DUPLICATE_KEY, 22, 5, "key 'title' appears twice in node 'done' (first at line 21)");
    }

    @Test
    void aMissingRequiredKeyIsReportedAtTheNodesId() {
        LoadResult loaded = load(LAB.replace("    contact: desk\n", ""));

        assertOnly(loaded, Code.MISSING_KEY, 22, 3, "escalation 'call' is missing required key 'contact'");
    }

    @Test
    void aValueOfTheWrongKindIsReportedAtTheValue() {
        LoadResult loaded = load(LAB.replace("    title: Logged in\n", "    title: [Logged, in]\n"));

        assertEquals(Code.WRONG_KIND, loaded.diagnostics().get(0).code(), loaded.diagnostics()::toString);
        assertEquals(new SourcePos(21, 12), loaded.diagnostics().get(0).pos());
    }

    @Test
    void aYamlSyntaxErrorHasTheLineAndColumnOfTheProblem() {
        LoadResult loaded = load(LAB.replace("title: Logged in", "title: Logged: in"));

        Diagnostic d = loaded.diagnostics().get(0);
        assertEquals(Code.YAML_SYNTAX, d.code(), d::toString);
        assertEquals(new SourcePos(21, 18), d.pos(), d::toString);
        assertTrue(loaded.draft().isEmpty());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedAtTheirLineAndColumn() {
        byte[] latin1 = LAB.replace("Help desk", "Accueil été").getBytes(StandardCharsets.ISO_8859_1);

        LoadResult loaded = Loader.load("test.yaml", latin1);

        Diagnostic d = loaded.diagnostics().get(0);
        assertEquals(Code.NOT_UTF8, d.code(), d::toString);
        assertEquals(new SourcePos(7, 19), d.pos(), d::toString);
    }

    @Test
    void anEmptyFileIsOneProblemAtItsStart() {
        assertOnly(load("# nothing yet\n"), Code.EMPTY_FILE, 1, 1, "the file holds no procedure");
    }

    @Test
    void anInvisibleDirectionControlIsReportedAtItsOwnColumn() {
        LoadResult loaded = load(LAB.replace("title: Logged in", "title: Logged \u202Ein"));

        Diagnostic d = loaded.diagnostics().get(0);
        assertEquals(Code.BIDI_CONTROL, d.code(), d::toString);
        assertEquals(new SourcePos(21, 19), d.pos(), d::toString);
    }
}
