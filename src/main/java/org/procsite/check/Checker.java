package org.procsite.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.Scalar;
import org.procsite.load.LoadResult;
import org.procsite.load.LoadedContacts;
import org.procsite.model.Procedure;

/**
 * Decides whether a procedure is well formed. All rules run, so a maintainer sees every
 * problem in one go; the procedure is built only when none of them is an error.
 */
public final class Checker {

    /** Every rule, each run alone on the same context; the order does not matter (see {@link Rule}). */
    static final List<Rule> RULES = List.of(
            new ValidIds(),
            new KnownTypes(),
            new KeysAllowedByType(),
            new QuestionChoices(),
            new OneNext(),
            new ResolvedReferences(),
            new ValidValues(),
            new Reachability(),
            new NoCycles(),
            new EndsReachable(),
            new SizeLimits(),
            new ShortChecklists(),
            new PrintableCharacters(),
            new UsedContactsAndSections(),
            new TranslatedLanguage(),
            new PhoneNumbersInTexts(),
            new DrillsEndWhereTheySay(),
            new DrillNamesUnique(),
            new NodeLinks());

    private Checker() {}

    /** Checks what was loaded, with the bundled page words only (for W004). */
    public static CheckResult check(LoadResult loaded) {
        return check(loaded, Translations.bundled());
    }

    /**
     * Checks what was loaded; problems from loading come first in the same sorted list, and
     * every diagnostic is set in the loaded file.
     *
     * @param translations the languages of the page words, for W004
     */
    public static CheckResult check(LoadResult loaded, Translations translations) {
        return check(loaded, translations, SharedContacts.NONE);
    }

    /**
     * Checks what was loaded, with the contacts its folder shares.
     *
     * @param shared the contacts of {@code contacts.yaml}, which the procedure's own may extend or override
     */
    public static CheckResult check(LoadResult loaded, Translations translations, SharedContacts shared) {
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        Optional<Procedure> procedure = Optional.empty();
        Optional<Procedure> drilled = Optional.empty();
        if (loaded.draft().isPresent()) {
            CheckContext context = new CheckContext(
                    loaded.draft().get(), loaded.source().lines(), loaded.draftWhole(), translations, shared);
            for (Rule rule : RULES) {
                rule.check(context, d -> diagnostics.add(d.in(loaded.source())));
            }
            // A contact the shared file left out (its own problem, said there) leaves nothing to build.
            if (diagnostics.stream()
                            .filter(Diagnostic::isError)
                            .allMatch(d -> d.code().isAboutDrills())
                    && context.everyContactResolves()) {
                drilled = Optional.of(ModelBuilder.build(context));
                if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                    procedure = drilled;
                }
            }
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new CheckResult(diagnostics, procedure, drilled);
    }

    /**
     * Checks a shared {@code contacts.yaml} on its own, with the rules that check a procedure's
     * contacts: each problem is reported once, in that file, not in every procedure that names it.
     */
    public static SharedContacts.Checked checkContacts(LoadedContacts loaded) {
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        Consumer<Diagnostic> report = d -> diagnostics.add(d.in(loaded.source()));
        ValidIds.checkContacts(loaded.contacts(), report);
        ValidValues.checkContacts(loaded.contacts(), report);
        for (Scalar text : SizeLimits.texts(loaded.contacts())) {
            SizeLimits.checkLength(text, report);
            PrintableCharacters.check(text, report);
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new SharedContacts.Checked(
                loaded.source(),
                diagnostics,
                new SharedContacts(loaded.source().name(), loaded.contacts(), loaded.whole()));
    }

    /**
     * The shared contacts file of a whole folder, with W001 on each contact that none of its
     * procedures calls.
     *
     * @param procedures every procedure of the folder, as loaded: nothing is said unless each could be read
     */
    public static SharedContacts.Checked checkUse(SharedContacts.Checked checked, List<LoadResult> procedures) {
        if (procedures.stream().anyMatch(p -> p.draft().isEmpty() || !p.draftWhole())) {
            return checked;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        UsedContactsAndSections.checkShared(
                checked.contacts(),
                procedures.stream().map(p -> p.draft().orElseThrow()).toList(),
                d -> diagnostics.add(d.in(checked.source())));
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new SharedContacts.Checked(checked.source(), diagnostics, checked.contacts());
    }
}
