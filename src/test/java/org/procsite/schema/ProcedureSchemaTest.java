package org.procsite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.procsite.check.CheckResult;
import org.procsite.check.Checker;
import org.procsite.diag.Diagnostic;
import org.procsite.load.Loader;
import org.procsite.model.NodeType;
import org.procsite.render.SchemaRenderer;

/**
 * procedure.schema.json against the Java loader, over every YAML fixture of the project: what the
 * loader accepts, the schema accepts; where the loader finds an unknown key, a wrong kind of
 * value or a missing required key, the schema finds a problem too. The fixtures of
 * {@code schema/reject/} say which code and, for an unknown key, which key.
 */
class ProcedureSchemaTest {

    /** The loader's codes for the shape of the file, which the schema must catch as well. */
    private static final Set<String> SHAPE_CODES = Set.of("E004", "E005", "E007", "E015", "E022");

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("procedure.schema.json")));

    static Stream<Path> allFixtures() throws IOException {
        Stream<Path> seed = Stream.of(Path.of("procedure.yaml"));
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            List<Path> yaml = walk.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .collect(Collectors.toList());
            return Stream.concat(seed, yaml.stream());
        }
    }

    static Stream<Path> rejectFixtures() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/schema/reject"))) {
            return list.sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest
    @MethodSource("allFixtures")
    void theSchemaAgreesWithTheLoader(Path fixture) throws IOException {
        CheckResult checked = Checker.check(Loader.load(fixture, fixture.toString()));
        if (checked.procedure().isPresent()) {
            List<Error> errors = SCHEMA.validate(Yaml12.read(read(fixture)));
            assertEquals(
                    List.of(),
                    errors.stream().map(Error::toString).toList(),
                    fixture + " is a valid procedure, so the schema must accept it");
            return;
        }
        Set<String> codes =
                checked.diagnostics().stream().map(d -> d.code().id()).collect(Collectors.toSet());
        if (codes.stream().anyMatch(SHAPE_CODES::contains) && codes.stream().noneMatch(c -> c.compareTo("E004") < 0)) {
            assertFalse(
                    SCHEMA.validate(Yaml12.read(read(fixture))).isEmpty(),
                    fixture + " has " + codes + ": the schema must flag it as well");
        }
    }

    @ParameterizedTest
    @MethodSource("rejectFixtures")
    void eachRejectFixtureIsRejectedByBothForTheSameReason(Path fixture) throws IOException {
        String text = read(fixture);
        String[] expect = text.lines()
                .findFirst()
                .orElseThrow()
                .replaceFirst("^# expect: ", "")
                .split(" ", 2);
        List<Diagnostic> diagnostics =
                Checker.check(Loader.load(fixture, fixture.toString())).diagnostics();
        assertTrue(
                diagnostics.stream().anyMatch(d -> d.code().id().equals(expect[0])),
                fixture + ": the loader reports " + expect[0] + "; it reported " + diagnostics);
        List<Error> errors = SCHEMA.validate(Yaml12.read(text));
        assertFalse(errors.isEmpty(), fixture + ": the schema accepted it");
        if (expect.length > 1) {
            assertTrue(
                    errors.stream().anyMatch(e -> e.toString().contains(expect[1])),
                    fixture + ": no schema error names '" + expect[1] + "': " + errors);
        }
    }

    @Test
    void theSchemaIsItselfAValidDraft202012Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        var schema = new tools.jackson.databind.ObjectMapper().readTree(read(Path.of("procedure.schema.json")));
        assertEquals(
                List.of(), meta.validate(schema).stream().map(Error::toString).toList());
        var broken = (tools.jackson.databind.node.ObjectNode) schema.deepCopy();
        broken.put("required", "title");
        assertFalse(meta.validate(broken).isEmpty(), "the meta-schema does catch a broken schema");
    }

    @Test
    void theSeedNamesTheSchemaOnItsFirstLineForEditors() throws IOException {
        assertEquals(
                "# yaml-language-server: $schema=procedure.schema.json",
                Files.readAllLines(Path.of("procedure.yaml"), StandardCharsets.UTF_8)
                        .get(0));
    }

    @Test
    void theSiteShipsTheSchemaExactlyAsAtTheRoot() throws IOException {
        assertEquals(
                read(Path.of("procedure.schema.json")), new String(SchemaRenderer.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void everyMinutesOffersTheDivisorsOfAnHour() {
        String wait = "title: T\nlang: en\nversion: \"1\"\nupdated: 2026-11-24\nstart: w\nnodes:\n"
                + "  w:\n    type: wait\n    title: W\n    every_minutes: %s\n    next: w\n";
        for (int minutes = 1; minutes <= 60; minutes++) {
            boolean divides = 60 % minutes == 0;
            assertEquals(
                    divides,
                    SCHEMA.validate(Yaml12.read(String.format(wait, minutes))).isEmpty(),
                    "every_minutes: " + minutes);
        }
    }

    @Test
    void yamlIsReadAsEditorsReadIt() {
        var json = Yaml12.read("a: 2026-11-24\nb: yes\nc: 12:15\nd: 15\ne: \"15\"\nf: 1.0\ng: true\nh:\ni: 0612\n");
        assertEquals(
                "{\"a\":\"2026-11-24\",\"b\":\"yes\",\"c\":\"12:15\",\"d\":15,\"e\":\"15\",\"f\":1.0,\"g\":true,"
                        + "\"h\":null,\"i\":612}",
                json.toString());
    }

    /**
     * The schema's node fragment follows the node types' one definition: the same types, the same
     * keys, and for each type the keys it requires and those it may not have. A new type in
     * {@link NodeType} fails here until the schema has its entry (the message gives it).
     */
    @Test
    void theSchemasNodeTypesAreThoseOfTheDefinition() {
        var node = new tools.jackson.databind.ObjectMapper()
                .readTree(read(Path.of("procedure.schema.json")))
                .get("$defs")
                .get("node");
        List<String> keys = new java.util.ArrayList<>();
        node.get("properties").propertyNames().forEach(keys::add);
        assertEquals(NodeType.ALL_KEYS, keys, "the keys of a node");
        assertEquals(
                NodeType.names(),
                node.get("properties")
                        .get("type")
                        .get("enum")
                        .valueStream()
                        .map(v -> v.asString())
                        .toList());
        List<String> expected = new java.util.ArrayList<>();
        List<String> actual = new java.util.ArrayList<>();
        for (NodeType type : NodeType.values()) {
            List<String> forbidden =
                    NodeType.ALL_KEYS.stream().filter(k -> !type.allows(k)).toList();
            expected.add(type.yamlName() + ": required " + type.requiredKeys() + ", not " + forbidden);
        }
        for (var branch : node.get("allOf")) {
            String name =
                    branch.get("if").get("properties").get("type").get("const").asString();
            var then = branch.get("then");
            List<String> required = then.has("required")
                    ? then.get("required").valueStream().map(v -> v.asString()).toList()
                    : List.of();
            List<String> not = new java.util.ArrayList<>();
            then.get("properties").propertyNames().forEach(not::add);
            actual.add(name + ": required " + required + ", not " + not);
        }
        assertEquals(expected, actual, "each type's branch of allOf");
    }

    @Test
    void theSchemaDescribesItsKeysInEnglishAndFrench() {
        String schema = read(Path.of("procedure.schema.json"));
        assertTrue(schema.contains("The id of the first node. — L'identifiant du premier nœud."));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
