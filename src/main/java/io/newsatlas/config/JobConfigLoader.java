package io.newsatlas.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads settings: bundled defaults, then a YAML file, then flags and dotted {@code key=value}
 * overrides. Unknown keys and values of the wrong type are errors that name the key.
 */
public final class JobConfigLoader {
  /** The copy of conf/newsatlas.yaml packed into the jar, so spark-submit needs no conf/ folder. */
  public static final String BUNDLED_DEFAULTS = "/io/newsatlas/defaults/newsatlas.yaml";
  public static final Path DEFAULT_FILE = Path.of("conf", "newsatlas.yaml");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private JobConfigLoader() {}

  /**
   * @param file explicit settings file, or null for conf/newsatlas.yaml when it exists
   * @param flags top-level overrides from dedicated flags (input, output, spark.master); nulls ignored
   * @param sets dotted {@code key=value} overrides, applied last
   */
  public static Loaded load(Path file, Map<String, String> flags, List<String> sets) {
    ObjectNode tree = bundledDefaults();
    String origin = "bundled defaults";
    Path chosen = file != null ? file : (Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null);
    if (chosen != null) {
      ConfigException.check(Files.isRegularFile(chosen),
          "Settings file %s does not exist (give --conf an existing YAML file)", chosen);
      merge(tree, readFile(chosen), "");
      origin = chosen.toString();
    }
    flags.forEach((key, value) -> {
      if (value != null) {
        set(tree, key, value);
      }
    });
    for (String assignment : sets) {
      int eq = assignment.indexOf('=');
      ConfigException.check(eq > 0, "Invalid --set '%s' (expected key=value, e.g. --set ingest.min_words=40)", assignment);
      set(tree, assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
    }
    return new Loaded(bind(tree).validate(), origin);
  }

  /** Every setting as a dotted key with its bundled default, for --help. */
  public static List<String> defaultsAsDottedKeys() {
    List<String> lines = new java.util.ArrayList<>();
    flatten(bundledDefaults(), "", lines);
    return lines;
  }

  private static void flatten(JsonNode node, String prefix, List<String> lines) {
    if (node.isObject() && node.size() > 0) {
      node.fields().forEachRemaining(field -> flatten(field.getValue(), prefix + field.getKey() + ".", lines));
    } else {
      String key = prefix.substring(0, prefix.length() - 1);
      lines.add(key + " = " + (node.isTextual() ? "\"" + node.asText() + "\"" : node.toString()));
    }
  }

  /** The resolved settings, as the run will use them. */
  public static String toJson(JobConfig config) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Settings and where they came from (for the run manifest and the first progress line). */
  public record Loaded(JobConfig config, String origin) {}

  private static ObjectNode bundledDefaults() {
    try (InputStream in = JobConfigLoader.class.getResourceAsStream(BUNDLED_DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED_DEFAULTS + " missing from the jar; rebuild with mvn package");
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled defaults", e);
    }
  }

  private static JsonNode readFile(Path file) {
    try {
      JsonNode node = YAML.readTree(file.toFile());
      ConfigException.check(node == null || node.isNull() || node.isObject(),
          "Settings file %s: expected a mapping of settings at the top level", file);
      return node == null || node.isNull() ? YAML.createObjectNode() : node;
    } catch (JsonProcessingException e) {
      throw new ConfigException("Settings file " + file + " is not valid YAML: " + e.getOriginalMessage()
          + locationOf(e));
    } catch (IOException e) {
      throw new ConfigException("Settings file " + file + " cannot be read: " + e.getMessage());
    }
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  /** Deep merge: mappings merge key by key, everything else replaces. Unknown keys are kept so bind() can name them. */
  private static void merge(ObjectNode into, JsonNode from, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = into.get(field.getKey());
      boolean passThrough = (prefix + field.getKey()).equals("spark.extra");
      if (existing instanceof ObjectNode target && field.getValue().isObject() && !passThrough) {
        merge(target, field.getValue(), prefix + field.getKey() + ".");
      } else {
        into.set(field.getKey(), field.getValue());
      }
    }
  }

  /** Sets a dotted key; the value is read as YAML so lists ([en, vi]) and numbers work. */
  private static void set(ObjectNode tree, String dottedKey, String rawValue) {
    String[] parts = dottedKey.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      // spark.extra keys contain dots themselves: everything after 'spark.extra.' is one key.
      if (i == 1 && parts[0].equals("spark") && parts[1].equals("extra")) {
        ObjectNode extra = node.with("extra");
        extra.put(dottedKey.substring("spark.extra.".length()), rawValue);
        return;
      }
      JsonNode child = node.get(parts[i]);
      ConfigException.check(child == null || child.isObject(),
          "Invalid --set %s: '%s' is a value, not a section", dottedKey, parts[i]);
      node = child == null ? node.putObject(parts[i]) : (ObjectNode) child;
    }
    JsonNode value;
    try {
      value = rawValue.isEmpty() ? YAML.getNodeFactory().textNode("") : YAML.readTree(rawValue);
    } catch (JsonProcessingException e) {
      value = YAML.getNodeFactory().textNode(rawValue);
    }
    if (value == null || value.isMissingNode()) {
      value = YAML.getNodeFactory().textNode(rawValue);
    }
    node.set(parts[parts.length - 1], value);
  }

  private static JobConfig bind(ObjectNode tree) {
    try {
      return YAML.treeToValue(tree, JobConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
          .map(Object::toString).map(JobConfigLoader::snake).sorted().collect(Collectors.joining(", "));
      throw new ConfigException("Unknown setting '" + path(e) + "' (known here: " + known + ")");
    } catch (InvalidFormatException e) {
      throw new ConfigException("Invalid " + path(e) + ": '" + e.getValue() + "' (must be "
          + describe(e.getTargetType()) + ")");
    } catch (MismatchedInputException e) {
      throw new ConfigException("Invalid " + path(e) + ": wrong kind of value (must be "
          + describe(e.getTargetType()) + ")");
    } catch (JsonProcessingException e) {
      throw new ConfigException("Invalid settings: " + e.getOriginalMessage());
    }
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of the right type";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list such as [a, b]";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    return type == String.class ? "text" : "a " + type.getSimpleName() + " section";
  }
}
