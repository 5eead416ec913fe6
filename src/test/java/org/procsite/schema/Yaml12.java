package org.procsite.schema;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML document as JSON, the way an editor's YAML language server reads it for the schema:
 * the YAML 1.2 core schema. So {@code 2026-11-24}, {@code yes} and {@code 12:15} stay strings
 * (as in procsite's loader, which keeps every scalar's text), while {@code 15}, {@code 1.0} and
 * {@code true} are a number and a boolean, and quoted scalars are always strings. snakeyaml's
 * {@code compose()} gives the raw text and style of each scalar; its YAML 1.1 typing is not used.
 */
final class Yaml12 {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private Yaml12() {}

    static JsonNode read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Node root = new Yaml(options).compose(new StringReader(yaml));
        return root == null ? JsonNodeFactory.instance.nullNode() : json(root);
    }

    private static JsonNode json(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode map) {
            ObjectNode object = f.objectNode();
            for (NodeTuple t : map.getValue()) {
                object.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode array = f.arrayNode();
            seq.getValue().forEach(item -> array.add(json(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return f.stringNode(text);
        }
        if (NULL.matcher(text).matches()) {
            return f.nullNode();
        }
        if (BOOL.matcher(text).matches()) {
            return f.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (INT.matcher(text).matches()) {
            if (text.startsWith("0o")) {
                return f.numberNode(new java.math.BigInteger(text.substring(2), 8));
            }
            if (text.startsWith("0x")) {
                return f.numberNode(new java.math.BigInteger(text.substring(2), 16));
            }
            return f.numberNode(new java.math.BigInteger(text.startsWith("+") ? text.substring(1) : text));
        }
        if (FLOAT.matcher(text).matches()
                && !text.contains("inf")
                && !text.contains("Inf")
                && !text.contains("INF")
                && !text.toLowerCase(java.util.Locale.ROOT).contains("nan")) {
            return f.numberNode(new java.math.BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return f.stringNode(text);
    }
}
