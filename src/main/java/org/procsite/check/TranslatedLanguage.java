package org.procsite.check;

import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;

/**
 * W004: the page words ("Retour", "page 1/2") exist in the procedure's language, bundled or in
 * the templates folder next to it ({@link Translations}); otherwise the pages use English.
 */
final class TranslatedLanguage implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNTRANSLATED_LANG);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (context.draft.lang() == null
                || !ValidValues.LANG.matcher(context.draft.lang().text()).matches()) {
            return; // no language, or not a code: ValidValues says so
        }
        String primary = context.draft.lang().text().split("-")[0];
        if (!context.translations.has(primary)) {
            report.accept(Diagnostic.of(
                    Code.UNTRANSLATED_LANG,
                    context.draft.lang().pos(),
                    "the page texts have no '" + primary + "' translation; English is used",
                    "add templates/" + Translations.fileName(primary)));
        }
    }
}
