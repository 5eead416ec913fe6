package org.procsite.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.procsite.diag.Code;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Draft.DraftContact;
import org.procsite.load.Draft.DraftNode;
import org.procsite.load.Draft.DraftProcedure;
import org.procsite.load.Draft.DraftSection;

/**
 * Warnings, which do not stop a build: W001 a contact no escalation names, W002 a section with
 * no node, W003 a node outside every section (while there are sections).
 */
final class UsedContactsAndSections implements Rule {

    @Override
    public Set<Code> codes() {
        return Set.of(Code.UNUSED_CONTACT, Code.EMPTY_SECTION, Code.NO_SECTION);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Set<String> namedContacts = new HashSet<>();
        Set<String> usedSections = new HashSet<>();
        boolean hasSections = !context.draft.sections().isEmpty();
        for (DraftNode node : context.draft.nodes()) {
            if (node.contact() != null) {
                namedContacts.add(node.contact().text());
            }
            if (node.section() != null) {
                usedSections.add(node.section().text());
            } else if (hasSections) {
                report.accept(Diagnostic.of(
                        Code.NO_SECTION,
                        node.id().pos(),
                        "node '" + node.id().text() + "' belongs to no section; it is printed after all sections",
                        "add 'section:' with one of the section ids"));
            }
        }
        reportUnused(context.draft.contacts(), namedContacts, "", report);
        for (DraftSection section : context.draft.sections()) {
            if (section.id() != null && !usedSections.contains(section.id().text())) {
                report.accept(Diagnostic.of(
                        Code.EMPTY_SECTION,
                        section.id().pos(),
                        "section '" + section.id().text() + "' has no node; its title is printed alone",
                        "put nodes in it with 'section: " + section.id().text() + "', or remove it"));
            }
        }
    }

    /**
     * W001 in a shared contacts file: a contact that no procedure of the folder calls, itself
     * (an own contact of the same id overrides it). Said only of a whole folder, when every
     * procedure could be read: one procedure alone cannot tell.
     */
    static void checkShared(SharedContacts shared, List<DraftProcedure> procedures, Consumer<Diagnostic> report) {
        Set<String> called = new HashSet<>();
        for (DraftProcedure procedure : procedures) {
            Set<String> own = new HashSet<>();
            procedure.contacts().forEach(c -> own.add(c.id().text()));
            for (DraftNode node : procedure.nodes()) {
                if (node.contact() != null && !own.contains(node.contact().text())) {
                    called.add(node.contact().text());
                }
            }
        }
        reportUnused(shared.contacts(), called, " of the procedures that share this file", report);
    }

    /** W001 on each of {@code contacts} that is not {@code called}; {@code whose} says whose escalations. */
    private static void reportUnused(
            List<DraftContact> contacts, Set<String> called, String whose, Consumer<Diagnostic> report) {
        for (DraftContact contact : contacts) {
            if (!called.contains(contact.id().text())) {
                report.accept(Diagnostic.of(
                        Code.UNUSED_CONTACT,
                        contact.id().pos(),
                        "contact '" + contact.id().text() + "' is not named by any escalation" + whose,
                        "name it in an escalation's 'contact:', or remove it"));
            }
        }
    }
}
