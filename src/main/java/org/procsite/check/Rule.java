package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;

/**
 * One rule of a well-formed procedure, named for what it enforces. The contract:
 *
 * <ol>
 *   <li><b>Each code has one owner.</b> A rule reports under the {@link #codes()} it declares and
 *       nothing else, and no two rules, nor a rule and the loader, declare the same code. The
 *       loader owns the shape of the file ({@code Loader.CODES}: syntax, kinds of values, unknown,
 *       missing or repeated keys and ids); {@code build} owns W006 and W007 (they need the PDF or
 *       git). {@code RuleOwnershipTest} holds every owner to it.
 *   <li><b>A rule never repeats the loader.</b> What the loader reported is absent from the draft
 *       ({@code null}, or an entry left out): a rule skips what is absent, silently.
 *   <li><b>Knock-on errors are held back in one place, {@link CheckContext}:</b>
 *       {@link CheckContext#graphComplete()} gates the rules about the whole graph (E010, E020,
 *       E021), which would only echo a broken or missing way on; and
 *       {@link CheckContext#mayReportMissing} keeps a rule from calling a key missing when the
 *       node has a mistyped key, which the loader reported with its did-you-mean.
 *   <li><b>Rules are independent.</b> A rule reads the {@link CheckContext} (the draft, the file's
 *       lines, the graph) and reports; it never reads another rule's output, so the order of
 *       {@code Checker}'s list does not change what is reported (diagnostics are sorted after).
 *       A rule is tested alone with {@code RuleTester}.
 *   <li><b>Cost:</b> linear in the size of the draft (the graph is analysed once, in
 *       {@link CheckContext#analysis()}).
 * </ol>
 */
interface Rule {

    /** The codes this rule reports, and only it. */
    Set<Code> codes();

    void check(CheckContext context, Consumer<Diagnostic> report);
}
