package org.procsite.render.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procsite.cli.Main;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The CI files in docs/ that publish the site on GitLab Pages and GitHub Pages: the folder they
 * build is the folder they publish, and their build command, run here as written (into a
 * temporary folder), writes the decision page and what makes it installable and offline.
 */
class PublishingExamplesTest {

    private static Map<String, Object> yaml(String file) throws Exception {
        return cast(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Path.of("docs", file))));
    }

    @Test
    void gitLabPagesBuildsTheSiteIntoPublicAndPublishesIt(@TempDir Path dir) throws Exception {
        Map<String, Object> job = cast(yaml("gitlab-pages.yml").get("pages"));
        List<String> script = cast(job.get("script"));
        assertTrue(script.get(0).startsWith("mvn -B -q -DskipTests"), script.get(0));
        assertEquals(List.of("public"), cast(map(job.get("artifacts")).get("paths")));
        runsAndWrites(script.get(1), "public", dir);
    }

    @Test
    void gitHubPagesBuildsTheSiteUploadsThatFolderAndDeploysIt(@TempDir Path dir) throws Exception {
        Map<String, Object> workflow = yaml("github-pages.yml");
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), workflow.get("permissions"));
        Map<String, Object> jobs = cast(workflow.get("jobs"));
        List<Map<String, Object>> steps = cast(map(jobs.get("build")).get("steps"));
        List<String> runs = steps.stream()
                .filter(s -> s.containsKey("run"))
                .map(s -> String.valueOf(s.get("run")))
                .toList();
        assertTrue(runs.get(0).startsWith("mvn -B -q -DskipTests"), runs.get(0));
        Map<String, Object> upload = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"))
                .findFirst()
                .orElseThrow();
        String published = String.valueOf(map(upload.get("with")).get("path"));
        runsAndWrites(runs.get(1), published, dir);
        List<Map<String, Object>> deploy = cast(map(jobs.get("deploy")).get("steps"));
        assertTrue(String.valueOf(deploy.get(0).get("uses")).startsWith("actions/deploy-pages@"));
        assertEquals("build", map(jobs.get("deploy")).get("needs"));
    }

    /** Runs "java -jar target/procsite.jar ARGS" in-process, with its output folder moved under dir. */
    private static void runsAndWrites(String command, String published, Path dir) {
        String prefix = "java -jar target/procsite.jar ";
        assertTrue(command.startsWith(prefix), command);
        List<String> args =
                new ArrayList<>(Arrays.asList(command.substring(prefix.length()).split(" ")));
        int out = args.indexOf("--out");
        assertEquals(published, args.get(out + 1), "the folder built is the folder published");
        Path site = dir.resolve(published);
        args.set(out + 1, site.toString());
        StringWriter err = new StringWriter();
        assertEquals(
                0,
                Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new)),
                err.toString());
        for (String file : List.of(
                "index.html", "decision.html", "manifest.webmanifest", "sw.js", "icon-192.png", "tutorial.pdf")) {
            assertTrue(Files.isRegularFile(site.resolve(file)), file);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
