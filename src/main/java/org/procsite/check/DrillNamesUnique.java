package org.procsite.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftDrill;
import org.procsite.model.SourcePos;

/** E041: each drill has its own name, the one {@code paths --diff} and {@code paths --drills} say. */
final class DrillNamesUnique implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.DUPLICATE_DRILL_NAME);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Map<String, SourcePos> seen = new HashMap<>();
        for (DraftDrill drill : context.draft.drills()) {
            if (drill.name() == null) {
                continue;
            }
            String name = drill.name().text().strip();
            SourcePos first = seen.putIfAbsent(name, drill.name().pos());
            if (first != null) {
                report.accept(Diagnostic.of(
                        Code.DUPLICATE_DRILL_NAME,
                        drill.name().pos(),
                        "drill name \"" + name + "\" is used twice (first at line " + first.line() + ")",
                        "give each drill its own name: it is how 'paths --diff' and 'paths --drills' tell them apart"));
            }
        }
    }
}
