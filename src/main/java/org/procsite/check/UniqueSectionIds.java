package org.procsite.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftSection;
import org.procsite.model.SourcePos;

/** E009 for sections: a section id names one section. (Node and contact ids are mapping keys; the loader sees those.) */
final class UniqueSectionIds implements Rule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Map<String, SourcePos> seen = new HashMap<>();
        for (DraftSection section : context.draft.sections()) {
            if (section.id() == null) {
                continue;
            }
            SourcePos first = seen.putIfAbsent(section.id().text(), section.id().pos());
            if (first != null) {
                report.accept(Diagnostic.of(Code.DUPLICATE_ID, section.id().pos(),
                        "section id '" + section.id().text() + "' is used twice (first at line " + first.line() + ")",
                        "give each section its own id"));
            }
        }
    }
}
