package org.procsite.paths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.procsite.model.Drill;
import org.procsite.model.DrillWalk;
import org.procsite.model.DrillWalk.Outcome;
import org.procsite.model.Node;
import org.procsite.model.Procedure;

/**
 * The drills of a procedure as people read them: {@code paths --drills} lists each with its
 * steps numbered as the sheet numbers them; {@code paths --diff} names each drill whose outcome
 * changed between two revisions.
 */
public final class DrillLines {

    private DrillLines() {}

    /**
     * {@code Mauvais mail, corrigé: 1 → 2 → 3 → connecte}: the step numbers of the nodes it
     * passes, then the id of the end; where it does not end as it must, what went wrong.
     */
    public static String walk(Procedure procedure, Drill drill) {
        Outcome o = DrillWalk.walk(procedure, drill);
        List<String> steps = new ArrayList<>();
        for (String id : o.nodes()) {
            Node node = procedure.node(id);
            steps.add(node.isEnd() ? id : String.valueOf(node.number()));
        }
        return drill.name() + ": " + String.join(" → ", steps) + problem(drill, o);
    }

    private static String problem(Drill drill, Outcome o) {
        int left = drill.answers().size() - o.answersUsed();
        return switch (o.stop()) {
            case NOT_OFFERED ->
                " (answer " + (o.answersUsed() + 1) + " '" + drill.answers().get(o.answersUsed())
                        + "' is not offered there)";
            case RAN_OUT -> " (the answers run out there)";
            case ENDED ->
                left > 0
                        ? " (" + left + (left == 1 ? " answer" : " answers") + " left over)"
                        : o.last().equals(drill.ends()) ? "" : " (it must end at " + drill.ends() + ")";
        };
    }

    /**
     * One line for each drill of both revisions (matched by name) whose outcome changed, e.g.
     * {@code drill "Mauvais mail, corrigé": ends at connecte → ends at appeler-uness, after
     * answer 2 'Oui' at resultat-bon-mail (it must end at connecte)}.
     */
    public static List<String> changes(Procedure old, Procedure neu) {
        Map<String, Drill> before =
                old.drills().stream().collect(Collectors.toMap(Drill::name, Function.identity(), (a, b) -> a));
        List<String> lines = new ArrayList<>();
        for (Drill drill : neu.drills()) {
            Drill was = before.get(drill.name());
            if (was == null) {
                continue;
            }
            Outcome then = DrillWalk.walk(old, was);
            Outcome now = DrillWalk.walk(neu, drill);
            String a = outcome(was, then);
            String b = outcome(drill, now);
            if (!a.equals(b) || then.passes(was) != now.passes(drill)) {
                lines.add("drill \"" + drill.name() + "\": " + a + " → " + b + after(drill, now)
                        + (now.passes(drill) ? ", as it must" : " (it must end at " + drill.ends() + ")"));
            }
        }
        return lines;
    }

    /** Where a walk stopped, in a few words. */
    private static String outcome(Drill drill, Outcome o) {
        int left = drill.answers().size() - o.answersUsed();
        return switch (o.stop()) {
            case ENDED ->
                "ends at " + o.last()
                        + (left > 0 ? " with " + left + (left == 1 ? " answer" : " answers") + " left over" : "");
            case RAN_OUT -> "runs out of answers at " + o.last();
            case NOT_OFFERED -> "answer '" + drill.answers().get(o.answersUsed()) + "' is not offered at " + o.last();
        };
    }

    private static String after(Drill drill, Outcome o) {
        int used = o.answersUsed();
        return used == 0
                ? ""
                : ", after answer " + used + " '" + drill.answers().get(used - 1) + "' at "
                        + o.askedAt().get(used - 1);
    }
}
