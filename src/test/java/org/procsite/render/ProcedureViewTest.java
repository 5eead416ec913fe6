package org.procsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.procsite.check.Checker;
import org.procsite.load.Loader;
import org.procsite.model.Procedure;

class ProcedureViewTest {

    private static final String LAB = "src/test/resources/procedures/lab-login.yaml";

    @Test
    void waitSlotsUseAsciiDigitsWhateverTheMachineLocale() throws IOException {
        Procedure lab =
                Checker.check(Loader.load(Path.of(LAB), LAB)).procedure().orElseThrow();
        Templates templates = Templates.from(java.util.Optional.of(Path.of("templates")));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            ProcedureView view = ProcedureView.of(lab, new MarkdownText(), Messages.load(templates, lab.lang()));
            assertEquals(
                    "hh:00, hh:20, hh:40",
                    view.nodes().stream()
                            .filter(n -> n.type().equals("wait"))
                            .findFirst()
                            .orElseThrow()
                            .slots());
        } finally {
            Locale.setDefault(before);
        }
    }
}
