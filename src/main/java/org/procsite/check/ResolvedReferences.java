package org.procsite.check;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.diag.DidYouMean;
import org.procsite.load.Draft.DraftChoice;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.Scalar;

/** E006: 'start', every 'next', 'contact' and 'section' names something that exists. */
final class ResolvedReferences implements Rule {

    /**
     * Names compared for did-you-means, over the whole run. Each search reads every id, so
     * thousands of broken references in a 100k-node file would cost billions of comparisons:
     * past this budget, the references are still all reported, without a suggestion.
     */
    static final long SUGGESTION_BUDGET = 5_000_000;

    @Override
    public Set<Code> codes() {
        return Set.of(Code.DANGLING_REFERENCE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Resolver r = new Resolver(report);
        Set<String> nodeIds = context.nodes.keySet();
        r.resolve(context.draft.start(), "start", nodeIds, "a node");
        for (DraftNode node : context.draft.nodes()) {
            r.resolve(node.next(), "next", nodeIds, "a node");
            if (node.choices() != null) {
                for (DraftChoice choice : node.choices()) {
                    r.resolve(choice.next(), "next", nodeIds, "a node");
                }
            }
            if (node.contact() != null
                    && !context.contacts.containsKey(node.contact().text())) {
                resolveContact(node.contact(), context, r);
            }
            r.resolve(node.section(), "section", context.sections.keySet(), "a section");
        }
    }

    /**
     * A contact that is neither the file's own nor shared. With a shared contacts file, the hint
     * says where each contact a node may name comes from; when that file has a problem that left
     * a contact out, the problem is reported there, not here.
     */
    private static void resolveContact(Scalar ref, CheckContext context, Resolver r) {
        if (!context.shared.whole()) {
            return;
        }
        if (context.shared.fileName().isEmpty()) { // no shared contacts file: a procedure on its own
            r.resolve(ref, "contact", context.contacts.keySet(), "a contact");
            return;
        }
        List<String> known = context.contacts.keySet().stream()
                .map(id -> id + " (" + (context.isShared(id) ? context.shared.fileName() : "this file") + ")")
                .toList();
        r.report(
                ref,
                "contact",
                context.contacts.keySet(),
                "a contact",
                (known.isEmpty() ? "" : "name one of " + String.join(", ", known) + ", or ") + "define '" + ref.text()
                        + "' under 'contacts:' here or in " + context.shared.fileName());
    }

    /** One run's reporting, with what is left of the suggestion budget. */
    private static final class Resolver {
        private final Consumer<Diagnostic> report;
        private long budget = SUGGESTION_BUDGET;

        Resolver(Consumer<Diagnostic> report) {
            this.report = report;
        }

        void resolve(Scalar ref, String key, Set<String> ids, String what) {
            if (ref == null || ids.contains(ref.text())) {
                return; // every reference of the file comes here: the hint is made for the broken ones only
            }
            report(
                    ref,
                    key,
                    ids,
                    what,
                    ids.isEmpty()
                            ? "define " + what + " with this id first"
                            : "use the id of " + what + " defined in the file, or define '" + ref.text() + "'");
        }

        /** E006 for {@code ref}, which names none of {@code ids}. */
        void report(Scalar ref, String key, Set<String> ids, String what, String hint) {
            String suggestion = "";
            if (budget >= ids.size()) {
                budget -= ids.size();
                suggestion = DidYouMean.suffix(ref.text(), ids);
            }
            String message = "'" + key + "' points to '" + ref.text() + "', which is not " + what + suggestion;
            report.accept(Diagnostic.of(Code.DANGLING_REFERENCE, ref.pos(), message, hint));
        }
    }
}
