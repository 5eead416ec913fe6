package org.procsite.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.model.SourcePos;

/** The compiler-style text, for diagnostics of one file or of several. */
class DiagnosticFormatterTest {

    private static final SourceText FIRST = SourceText.of("a.yaml", "title: A\nnext: x\n");
    private static final SourceText SECOND = SourceText.of("b/procedure.yaml", "lang: it\n");

    @Test
    void eachDiagnosticNamesItsOwnFileAndEachFileGetsItsCount() {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.of(Code.DANGLING_REFERENCE, new SourcePos(2, 7), "'next' points to 'x', which is not a node")
                        .in(FIRST),
                Diagnostic.of(Code.UNTRANSLATED_LANG, new SourcePos(1, 7), "no 'it' translation", "add it")
                        .in(SECOND));

        assertEquals("""
                a.yaml:2:7: error[E006]: 'next' points to 'x', which is not a node
                    2 | next: x
                      |       ^
                a.yaml: 1 error
                b/procedure.yaml:1:7: warning[W004]: no 'it' translation
                    1 | lang: it
                      |       ^
                      = help: add it
                """, DiagnosticFormatter.report(diagnostics));
        assertEquals(
                "{\"file\":\"b/procedure.yaml\",\"line\":1,\"column\":7,\"severity\":\"warning\",\"code\":\"W004\","
                        + "\"message\":\"no 'it' translation\",\"hint\":\"add it\"}\n",
                JsonLinesFormatter.format(diagnostics.get(1)));
    }
}
