package org.procsite.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.procsite.diag.Diagnostic;
import org.procsite.pipeline.SiteBuild;
import org.procsite.render.SiteFile;

/**
 * One build of the preview, kept in memory and served until the next one: the site, with a
 * page that says why in place of the HTML pages of each folder that has a problem. {@code id}
 * changes with every build whose output differs from the one before; open pages reload when
 * it does.
 *
 * <p>A site of one procedure has its pages at the root, so its problem page stands for every
 * HTML page. A site of several has one folder per procedure, each with its own problem page if
 * any, and the list at the root, replaced by a problem page while any of them has one.
 *
 * @param site every file of the site by name
 * @param problemPages by folder ({@code ""} for the root, and for any folder that is no
 *     procedure's): the page shown instead of its HTML pages
 * @param procedures each procedure as this build left it, in the order of the set
 * @param rebuilt the names of the procedures this build loaded, checked and rendered anew; the
 *     others were kept from the build before, file for file
 * @param shared the diagnostics of the shared {@code contacts.yaml}
 * @param rootFailure why the root of a site of several could not be made, if it could not
 * @param millis how long the build took, wall clock
 * @param cpuMillis the CPU time the build's thread used: what the build costs, whatever else runs
 * @param build the pipeline's build shown, which the next build starts from; none for a build that failed whole
 * @param completes true when this is the second stage of a build whose pages were published:
 *     only what its slow outputs added is new (W006, a failure)
 */
public record Snapshot(
        String id,
        Map<String, SiteFile> site,
        Map<String, String> problemPages,
        List<ProcedurePreview> procedures,
        Set<String> rebuilt,
        List<Diagnostic> shared,
        Optional<String> rootFailure,
        long millis,
        long cpuMillis,
        Optional<SiteBuild> build,
        boolean completes) {

    /** A build not made by the pipeline (one that failed whole), or for a test. */
    public Snapshot(
            String id,
            Map<String, SiteFile> site,
            Map<String, String> problemPages,
            List<ProcedurePreview> procedures,
            Set<String> rebuilt,
            List<Diagnostic> shared,
            Optional<String> rootFailure,
            long millis,
            long cpuMillis) {
        this(
                id,
                site,
                problemPages,
                procedures,
                rebuilt,
                shared,
                rootFailure,
                millis,
                cpuMillis,
                Optional.empty(),
                false);
    }

    public Snapshot {
        site = Map.copyOf(site);
        problemPages = Map.copyOf(problemPages);
        procedures = List.copyOf(procedures);
        rebuilt = Set.copyOf(rebuilt);
        shared = List.copyOf(shared);
    }

    /** True when nothing has a problem: every page is served. */
    public boolean ok() {
        return problemPages.isEmpty();
    }

    /** The page shown instead of the root's HTML pages (every page, in a site of one procedure). */
    public Optional<String> problemPage() {
        return Optional.ofNullable(problemPages.get(""));
    }

    /** The page shown instead of the file {@code name} of the site, if it is an HTML page with a problem. */
    Optional<String> problemPageFor(String name) {
        int slash = name.indexOf('/');
        String folder = slash < 0 ? "" : name.substring(0, slash);
        if (!problemPages.containsKey(folder)
                && procedures.stream().anyMatch(p -> p.place().folder().equals(folder))) {
            return Optional.empty();
        }
        return Optional.ofNullable(problemPages.getOrDefault(folder, problemPages.get("")));
    }

    /** Whether {@code name} is the folder of a procedure's pages, in a site of several. */
    boolean isProcedureFolder(String name) {
        return procedures.stream()
                .anyMatch(p -> p.place().inFolder() && p.place().folder().equals(name));
    }

    /** Every diagnostic: the shared contacts', then each procedure's. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(shared);
        procedures.forEach(p -> all.addAll(p.diagnostics()));
        return all;
    }

    /** Every diagnostic as {@code check} prints them, with the count lines; "" if none. */
    public String messages() {
        return ProblemPage.text(diagnostics());
    }

    /** What went wrong, other than a problem in a procedure: a file missing, a render failure; one per line. */
    public Optional<String> failure() {
        String all = Stream.concat(rootFailure.stream(), procedures.stream().flatMap(p -> p.failure().stream()))
                .collect(Collectors.joining("\n"));
        return all.isEmpty() ? Optional.empty() : Optional.of(all);
    }

    /** Whether the two builds would show the same thing, whatever their ids. */
    boolean sameOutputAs(Snapshot other) {
        return site.equals(other.site) && problemPages.equals(other.problemPages);
    }

    /**
     * Whether {@code other} shows the same as this first stage of a build: the same problem
     * pages, and every file this one has, the same in {@code other} (which may hold the PDF too).
     */
    boolean samePagesAs(Snapshot other) {
        return problemPages.equals(other.problemPages)
                && site.size() <= other.site.size()
                && site.entrySet().stream().allMatch(e -> e.getValue().equals(other.site.get(e.getKey())));
    }

    Snapshot withId(String newId) {
        return new Snapshot(
                newId,
                site,
                problemPages,
                procedures,
                rebuilt,
                shared,
                rootFailure,
                millis,
                cpuMillis,
                build,
                completes);
    }
}
