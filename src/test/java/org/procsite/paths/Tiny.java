package org.procsite.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;

/** A tiny procedure, small enough to know its paths by heart, and edits of it. */
final class Tiny {

    /**
     * Three paths: ask --[Yes]--> done; ask --[No]--> reset --[Yes]--> sync --> done; ask --[No]-->
     * reset --[No]--> call.
     */
    static final String YAML = """
            title: Tiny
            lang: en
            version: "1"
            updated: 2026-11-24
            contacts:
              desk:
                name: Help desk
                phone: "01 23 45 67 89"
              it:
                name: IT on call
                phone: "01 98 76 54 32"
            start: ask
            nodes:
              ask:
                type: question
                title: Can you log in?
                choices:
                  - label: "Yes"
                    next: done
                  - label: "No"
                    next: reset
              reset:
                type: question
                title: Did the reset work?
                choices:
                  - label: "Yes"
                    next: sync
                  - label: "No"
                    next: call
              sync:
                type: wait
                title: Wait for the sync
                every_minutes: 15
                steps:
                  - Refresh the page
                next: done
              done:
                type: success
                title: Logged in
              call:
                type: escalation
                title: Call the desk
                contact: desk
            drills:
              - name: Reset works
                answers: ["No", "Yes"]
                ends: done
            """;

    private Tiny() {}

    /** The checked procedure of {@code yaml}, which must have no error but, perhaps, a drill's. */
    static Procedure procedure(String yaml) {
        CheckResult result = Checker.check(Loader.load("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        List<Diagnostic> notDrills = result.diagnostics().stream()
                .filter(d -> d.isError() && !d.code().isAboutDrills())
                .toList();
        assertEquals(List.of(), notDrills, "the test's procedure must be valid");
        return result.procedure().or(result::drilled).orElseThrow();
    }

    static Procedure procedure() {
        return procedure(YAML);
    }

    /** The tiny procedure with {@code from} replaced by {@code to}, which must be in it once. */
    static Procedure edited(String from, String to) {
        if (YAML.indexOf(from) < 0 || YAML.indexOf(from) != YAML.lastIndexOf(from)) {
            throw new IllegalArgumentException("not once in the tiny procedure: " + from);
        }
        return procedure(YAML.replace(from, to));
    }
}
