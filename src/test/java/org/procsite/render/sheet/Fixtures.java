package org.procsite.render.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.model.Procedure;
import org.procsite.pipeline.Pipeline;
import org.procsite.pipeline.ProcedureSet;
import org.procsite.render.SiteFile;
import org.procsite.render.SiteRenderer;
import org.procsite.render.Templates;
import org.procsite.testing.TestProcedures;

/**
 * The frozen test procedures and their sites, rendered once per test run with the repository's
 * templates: rendering is the slow part.
 */
final class Fixtures {

    static final String SEED = "src/test/resources/procedures/seed.yaml";
    static final String LAB = "src/test/resources/procedures/lab-login.yaml";
    static final String ODD = "src/test/resources/procedures/odd-text.yaml";
    /** A folder of three procedures: its site has the list at the root and one folder per procedure. */
    static final String SEVERAL = TestProcedures.SEVERAL.toString();

    private static final Map<String, Map<String, SiteFile>> SITES = new HashMap<>();

    private Fixtures() {}

    static Procedure procedure(String file) throws IOException {
        CheckResult checked = Checker.check(org.procsite.load.Loader.load(Path.of(file), file));
        return checked.procedure()
                .orElseThrow(() -> new AssertionError(file + " is invalid: " + checked.diagnostics()));
    }

    /** The procedure {@code file}, or, for {@code folder/name.yaml} of a folder of several, as checked with the folder's shared contacts. */
    static Procedure procedureOf(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path.resolveSibling("contacts.yaml"))) {
            return procedure(file);
        }
        String name = path.getFileName().toString().replaceFirst("\\.yaml$", "");
        return Pipeline.compile(ProcedureSet.typed(List.of(path.getParent().toString()))).procedures().stream()
                .filter(e -> e.member().name().equals(name))
                .findFirst()
                .flatMap(e -> e.compilation().procedure())
                .orElseThrow(() -> new AssertionError(file + " is not a valid procedure of its folder"));
    }

    /** Every file of the site of {@code file}, by name. */
    static synchronized Map<String, SiteFile> site(String file) throws IOException {
        Map<String, SiteFile> site = SITES.get(file);
        if (site == null) {
            site = Files.isDirectory(Path.of(file))
                    ? Pipeline.standard()
                            .site(Pipeline.compile(ProcedureSet.typed(List.of(file))))
                            .files()
                    : SiteRenderer.standard()
                            .render(procedure(file), Templates.from(Optional.of(Path.of("templates"))));
            SITES.put(file, site);
        }
        return site;
    }

    static byte[] bytes(String file, String name) throws IOException {
        SiteFile found = site(file).get(name);
        if (found == null) {
            throw new AssertionError(
                    file + " built no " + name + "; it built " + site(file).keySet());
        }
        return found.bytes();
    }
}
