package org.procsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.procsite.testing.Golden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code check --format json|sarif}: golden outputs, and each parses back to what the text says. */
class CheckFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String out, String err) {}

    private static Run check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        return "src/test/resources/format/" + name + ".yaml";
    }

    @ParameterizedTest
    @CsvSource({"unknown-key-bad-date, 1", "missing-keys, 1", "warning-only, 0"})
    void jsonPrintsOneObjectPerDiagnosticOnStdoutAndNothingElse(String name, int exitCode) throws Exception {
        Run run = check("check", fixture(name), "--format", "json");
        assertEquals(exitCode, run.code());
        assertEquals("", run.err());
        Golden.assertMatches("format/" + name + ".jsonl", run.out());
    }

    @ParameterizedTest
    @CsvSource({"unknown-key-bad-date, 1", "missing-keys, 1", "warning-only, 0"})
    void sarifPrintsOneLogWithOneRun(String name, int exitCode) throws Exception {
        Run run = check("check", fixture(name), "--format", "sarif");
        assertEquals(exitCode, run.code());
        assertEquals("", run.err());
        Golden.assertMatches("format/" + name + ".sarif.json", run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown-key-bad-date", "missing-keys", "warning-only"})
    void eachJsonLineHoldsWhatTheTextDiagnosticSays(String name) {
        List<String> lines =
                check("check", fixture(name), "--format", "json").out().lines().toList();
        String text = check("check", fixture(name)).err();
        List<String> headers = text.lines()
                .filter(l -> l.startsWith(fixture(name) + ":"))
                .filter(l -> l.contains("["))
                .toList();
        assertEquals(headers.size(), lines.size(), text);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode d = JSON.readTree(lines.get(i));
            assertEquals(
                    List.of("file", "line", "column", "severity", "code", "message", "hint"),
                    List.copyOf(d.propertyNames()));
            String header = d.get("file").asString() + ":" + d.get("line").asInt() + ":"
                    + d.get("column").asInt() + ": " + d.get("severity").asString() + "["
                    + d.get("code").asString() + "]: " + d.get("message").asString();
            assertEquals(headers.get(i), header);
            assertTrue(text.contains("= help: " + d.get("hint").asString() + "\n"));
        }
    }

    @Test
    void escapedCharactersReadBackAsTheyWereWritten() {
        String out = check("check", fixture("unknown-key-bad-date"), "--format", "json")
                .out();
        assertTrue(out.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n'), "JSON output is printable ASCII");
        JsonNode unknown = out.lines()
                .map(JSON::readTree)
                .filter(d -> d.get("code").asString().equals("E005"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "unknown key 'résumé \"court\" \\' at the top of the procedure",
                unknown.get("message").asString());
    }

    @Test
    void sarifNamesEveryCodeAsARuleAndPointsAtTheLine() {
        JsonNode log = JSON.readTree(check("check", fixture("unknown-key-bad-date"), "--format", "sarif")
                .out());
        assertEquals("2.1.0", log.get("version").asString());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(org.procsite.diag.Code.values().length, rules.size());
        for (JsonNode result : run.get("results")) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertEquals(rule.get("id").asString(), result.get("ruleId").asString());
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertEquals(
                    fixture("unknown-key-bad-date"),
                    location.get("artifactLocation").get("uri").asString());
            assertTrue(location.get("region").get("startLine").asInt() >= 1);
        }
        long jsonLines = check("check", fixture("unknown-key-bad-date"), "--format", "json")
                .out()
                .lines()
                .count();
        assertEquals(jsonLines, run.get("results").size(), "one result per diagnostic");
        assertTrue(jsonLines >= 3);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = check("check", fixture("warning-only"), "--format", "xml");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("--format"), run.err());
    }

    @Test
    void textStaysTheDefault() {
        Run plain = check("check", fixture("warning-only"));
        Run text = check("check", fixture("warning-only"), "--format", "text");
        assertEquals(plain, text);
        assertTrue(plain.out().startsWith(fixture("warning-only") + ": ok, "), plain.out());
    }
}
