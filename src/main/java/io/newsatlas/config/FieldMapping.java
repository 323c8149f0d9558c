package io.newsatlas.config;

import java.util.List;

/** Names of the fields that carry each document attribute in structured inputs; the first present wins. */
public record FieldMapping(
    List<String> text,
    List<String> title,
    List<String> date,
    List<String> url,
    List<String> outlet,
    List<String> language,
    List<String> id) implements java.io.Serializable {

  void validate() {
    ConfigException.check(text != null && !text.isEmpty(),
        "Invalid ingest.fields.text: empty (name at least one field that holds the article text)");
    for (List<String> names : List.of(nonNull(title), nonNull(date), nonNull(url), nonNull(outlet), nonNull(language), nonNull(id))) {
      for (String name : names) {
        ConfigException.check(name != null && !name.isBlank(), "Invalid ingest.fields: a field name is empty");
      }
    }
  }

  private static List<String> nonNull(List<String> names) {
    return names == null ? List.of() : names;
  }
}
