package org.procsite.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procsite.diag.Diagnostic;
import org.procsite.model.Procedure;
import org.procsite.render.SiteFile;

/**
 * One build of the preview, kept in memory and served until the next one: the site when the
 * procedure is valid and rendered, otherwise the page that says why. {@code id} changes with
 * every build whose output differs from the one before; open pages reload when it does.
 *
 * @param site every file of the site by name; empty when there is a problem
 * @param problemPage the page shown instead of every HTML page while there is a problem
 * @param procedure the checked procedure, when it is valid
 * @param diagnostics every diagnostic of the check, warnings included
 * @param messages the diagnostics as {@code check} prints them, with the count line; "" if none
 * @param failure the message of a render failure (a bug or an I/O problem), if any
 * @param millis how long the build took, wall clock
 * @param cpuMillis the CPU time the build's thread used: what the build costs, whatever else runs
 */
public record Snapshot(
        String id,
        Map<String, SiteFile> site,
        Optional<String> problemPage,
        Optional<Procedure> procedure,
        List<Diagnostic> diagnostics,
        String messages,
        Optional<String> failure,
        long millis,
        long cpuMillis) {

    public Snapshot {
        site = Map.copyOf(site);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return problemPage.isEmpty();
    }

    /** Whether the two builds would show the same thing, whatever their ids. */
    boolean sameOutputAs(Snapshot other) {
        return site.equals(other.site) && problemPage.equals(other.problemPage);
    }

    /**
     * Whether {@code other} shows the same as this first stage of a build: the same problem
     * page, and every file this one has, the same in {@code other} (which may hold the PDF too).
     */
    boolean samePagesAs(Snapshot other) {
        return problemPage.equals(other.problemPage)
                && site.size() <= other.site.size()
                && site.entrySet().stream().allMatch(e -> e.getValue().equals(other.site.get(e.getKey())));
    }

    Snapshot withId(String newId) {
        return new Snapshot(newId, site, problemPage, procedure, diagnostics, messages, failure, millis, cpuMillis);
    }
}
