package org.procsite.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.procsite.model.Procedure;

/** {@link PathLister} on the tiny procedure: which paths, in which order, named how, up to the limit. */
class PathListerTest {

    private final Procedure tiny = Tiny.procedure();

    @Test
    void listsEveryPathDepthFirstWithAnswersInTheOrderTheyAreWritten() {
        List<ProcedurePath> paths = PathLister.list(tiny, Long.MAX_VALUE);

        assertEquals(
                List.of(
                        "ask --[Yes]--> done",
                        "ask --[No]--> reset --[Yes]--> sync --> done",
                        "ask --[No]--> reset --[No]--> call"),
                paths.stream().map(ProcedurePath::describe).toList());
        assertEquals(
                List.of("success", "success", "escalation"),
                paths.stream().map(ProcedurePath::endType).toList());
    }

    @Test
    void aPathIsNamedByItsAnswersOnly() {
        List<ProcedurePath> paths = PathLister.list(tiny, Long.MAX_VALUE);

        assertEquals(
                List.of("Yes", "No / Yes", "No / No"),
                paths.stream().map(ProcedurePath::answers).toList());
        assertEquals(
                "(no question on the way)",
                PathDiff.nameOf(new ProcedurePath(
                        List.of(new ProcedurePath.Hop("fix", null), new ProcedurePath.Hop("done", null)), "success")));
    }

    @Test
    void aStepOrWaitHasNoAnswerOnItsHop() {
        ProcedurePath throughTheWait = PathLister.list(tiny, Long.MAX_VALUE).get(1);

        assertEquals(
                List.of(
                        new ProcedurePath.Hop("ask", "No"),
                        new ProcedurePath.Hop("reset", "Yes"),
                        new ProcedurePath.Hop("sync", null),
                        new ProcedurePath.Hop("done", null)),
                throughTheWait.hops());
    }

    @Test
    void theLimitKeepsTheFirstPathsInOrder() {
        List<ProcedurePath> all = PathLister.list(tiny, Long.MAX_VALUE);

        assertEquals(all.subList(0, 2), PathLister.list(tiny, 2));
        assertEquals(all.subList(0, 1), PathLister.list(tiny, 1));
    }

    @Test
    void theListAgreesWithTheCheckersCountByEnd() {
        List<ProcedurePath> paths = PathLister.list(tiny, Long.MAX_VALUE);

        assertEquals(BigInteger.valueOf(paths.size()), tiny.paths().total());
        assertEquals(
                tiny.paths().escalation().longValue(),
                paths.stream().filter(p -> p.endType().equals("escalation")).count());
    }
}
