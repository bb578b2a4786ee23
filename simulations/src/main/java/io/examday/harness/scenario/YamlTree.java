package io.examday.harness.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML into {@link YamlNode}s that remember their lines. Jackson's data binding reports where its parser stood
 * when it gave up, often a line late; walking the tokens ourselves keeps each field's own line.
 */
final class YamlTree {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private YamlTree() {}

    /** @throws ScenarioException naming the file and line when the text is not YAML or has a key twice */
    static YamlNode parse(String file, String text) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(file + ":1: the scenario file is empty");
            }
            YamlNode root = read(file, parser, first);
            if (parser.nextToken() != null) {
                throw new ScenarioException(file + ":" + line(parser) + ": only one YAML document is allowed");
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "1" : String.valueOf(at.getLineNr());
            String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new ScenarioException(file + ":" + line + ": not valid YAML: " + reason.lines().findFirst().orElse(reason));
        }
    }

    private static YamlNode read(String file, JsonParser parser, JsonToken token) {
        int line = line(parser);
        return switch (token) {
            case START_OBJECT -> mapping(file, parser, line);
            case START_ARRAY -> sequence(file, parser, line);
            case VALUE_STRING -> new YamlNode.Scalar(line, YamlNode.Kind.TEXT, parser.getString());
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(line, YamlNode.Kind.WHOLE, parser.getString());
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(line, YamlNode.Kind.DECIMAL, parser.getString());
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(line, YamlNode.Kind.FLAG, parser.getString());
            case VALUE_NULL -> new YamlNode.Scalar(line, YamlNode.Kind.NULL, "null");
            default -> throw new ScenarioException(file + ":" + line + ": unexpected YAML content (" + token + ")");
        };
    }

    private static YamlNode mapping(String file, JsonParser parser, int line) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String key = parser.currentName();
            int keyLine = line(parser);
            YamlNode value = read(file, parser, parser.nextToken());
            if (entries.putIfAbsent(key, new YamlNode.Entry(keyLine, value)) != null) {
                throw new ScenarioException("%s:%d: field '%s' is written twice (first on line %d)"
                        .formatted(file, keyLine, key, entries.get(key).keyLine()));
            }
        }
        return new YamlNode.Mapping(line, entries);
    }

    private static YamlNode sequence(String file, JsonParser parser, int line) {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(read(file, parser, token));
        }
        return new YamlNode.Sequence(line, items);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
