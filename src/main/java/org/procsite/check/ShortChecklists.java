package org.procsite.check;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftNode;

/**
 * W009: a checklist of more than {@value #MAX_ITEMS} items. Checklist practice keeps a checklist
 * to about 5 to 9 items, what one reads at a glance under stress; a longer one is better split
 * into several steps. Reported at the checklist's {@code steps:} key. Over
 * {@value SizeLimits#MAX_ITEMS} items the checklist is an error, E034 ({@link SizeLimits}), and
 * this warning is not given as well.
 */
final class ShortChecklists implements Rule {

    static final int MAX_ITEMS = 9;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.LONG_CHECKLIST);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        for (DraftNode node : context.draft.nodes()) {
            int items = node.steps() == null ? 0 : node.steps().size();
            if (items > MAX_ITEMS && items <= SizeLimits.MAX_ITEMS) {
                report.accept(Diagnostic.of(
                        Code.LONG_CHECKLIST,
                        node.keys().getOrDefault("steps", node.steps().get(0).pos()),
                        String.format(
                                Locale.ROOT,
                                "the checklist of '%s' has %d items; more than %d are hard to follow under stress",
                                node.id().text(),
                                items,
                                MAX_ITEMS),
                        "split the step into several steps of at most " + MAX_ITEMS + " items each"));
            }
        }
    }
}
