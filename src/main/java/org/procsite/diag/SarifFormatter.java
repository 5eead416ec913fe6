package org.procsite.diag;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log with one run, whose rules are every
 * {@link Code} (so {@code ruleIndex} is stable), for CI systems that annotate the line. The file
 * of each result is named by a URI relative to the repository root ({@code %SRCROOT%}); columns count code points.
 */
public final class SarifFormatter {

    private SarifFormatter() {}

    public static String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n");
        out.append("  \"version\": \"2.1.0\",\n");
        out.append("  \"runs\": [\n    {\n");
        out.append("      \"tool\": {\n        \"driver\": {\n");
        out.append("          \"name\": \"procsite\",\n");
        out.append("          \"rules\": [\n");
        Code[] codes = Code.values();
        for (int i = 0; i < codes.length; i++) {
            Code c = codes[i];
            out.append("            {\"id\": ")
                    .append(Json.quote(c.id()))
                    .append(", \"name\": ")
                    .append(Json.quote(ruleName(c)))
                    .append(", \"shortDescription\": {\"text\": ")
                    .append(Json.quote(c.summary()))
                    .append('}')
                    .append(", \"defaultConfiguration\": {\"level\": ")
                    .append(Json.quote(level(c.severity())))
                    .append("}}")
                    .append(i + 1 < codes.length ? ",\n" : "\n");
        }
        out.append("          ]\n        }\n      },\n");
        out.append("      \"columnKind\": \"unicodeCodePoints\",\n");
        out.append("      \"results\": [");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            String text = d.message() + d.hint().map(h -> "\nhelp: " + h).orElse("");
            out.append(i == 0 ? "\n" : ",\n");
            out.append("        {\n");
            out.append("          \"ruleId\": ")
                    .append(Json.quote(d.code().id()))
                    .append(",\n");
            out.append("          \"ruleIndex\": ").append(d.code().ordinal()).append(",\n");
            out.append("          \"level\": ")
                    .append(Json.quote(level(d.severity())))
                    .append(",\n");
            out.append("          \"message\": {\"text\": ")
                    .append(Json.quote(text))
                    .append("},\n");
            out.append("          \"locations\": [{\"physicalLocation\": {")
                    .append("\"artifactLocation\": ")
                    .append(artifact(d.fileName()))
                    .append(", ")
                    .append("\"region\": {\"startLine\": ")
                    .append(d.pos().line())
                    .append(", \"startColumn\": ")
                    .append(d.pos().column())
                    .append("}}}]\n");
            out.append("        }");
        }
        out.append(diagnostics.isEmpty() ? "]\n" : "\n      ]\n");
        out.append("    }\n  ]\n}\n");
        return out.toString();
    }

    /** {@code DANGLING_REFERENCE} becomes {@code DanglingReference}. */
    private static String ruleName(Code c) {
        StringBuilder name = new StringBuilder();
        for (String word : c.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static String level(Severity s) {
        return s == Severity.ERROR ? "error" : "warning";
    }

    /** A relative path is relative to the repository root; an absolute one is a file: URI. */
    private static String artifact(String path) {
        String slashed = path.replace('\\', '/');
        if (slashed.startsWith("/")) {
            return "{\"uri\": " + Json.quote("file://" + uri(slashed)) + "}";
        }
        return "{\"uri\": " + Json.quote(uri(slashed)) + ", \"uriBaseId\": \"%SRCROOT%\"}";
    }

    /** A relative URI reference: forward slashes, and anything but unreserved characters percent-encoded. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
