package org.procsite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.LoadResult;
import org.procsite.load.Loader;
import org.procsite.model.PathCounts;

/**
 * Every rule runs on a procedure far larger than a real one, without a stack overflow and in
 * linear time (bench/check-scale.sh times it). Such a procedure is refused only for its size.
 */
class ScaleTest {

    @Test
    void aHundredThousandNodeChainIsCheckedAndItsTwoToTheNPathsCounted() {
        int questions = 99_998;
        String yaml = Procedures.chainOfQuestions(questions);
        assertTrue(yaml.length() > 10_000_000, "about 13 MB, past snakeyaml's default 3 MiB limit");
        LoadResult loaded = Loader.load("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        CheckResult result = Checker.check(loaded);

        assertEquals(
                List.of(Code.TOO_MANY_NODES, Code.TOO_MANY_ARROWS, Code.TOO_MUCH_TEXT),
                result.diagnostics().stream().map(Diagnostic::code).toList(),
                "every other rule passed");
        CheckContext context =
                new CheckContext(loaded.draft().orElseThrow(), loaded.source().lines(), true, Translations.bundled());
        CheckContext.Graph graph = context.graph;
        int[] endKind = new int[graph.size()];
        endKind[graph.indexOf("done")] = 1;
        endKind[graph.indexOf("call")] = -1;
        PathCounts p = context.analysis()
                .pathCounts(graph, endKind, graph.indexOf("q0"))
                .orElseThrow();
        assertEquals(100_000, graph.size());
        assertEquals(BigInteger.TWO.pow(questions - 1), p.success());
        assertEquals(BigInteger.TWO.pow(questions - 1), p.escalation());
        assertEquals(BigInteger.TWO.pow(questions), p.total());
    }
}
