package io.newsatlas.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The hand-made reading of the seeds (copy of ../shared/gold/seeds.yaml in test resources). */
final class Gold {
  record Document(String file, String language, String date, String story) {}

  private Gold() {}

  static JsonNode tree() {
    try (InputStream in = Gold.class.getResourceAsStream("/gold-seeds.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Document> documents() {
    List<Document> out = new ArrayList<>();
    for (JsonNode doc : tree().get("documents")) {
      out.add(new Document(doc.get("file").asText(), doc.get("language").asText(), doc.get("date").asText(),
          doc.get("story").asText()));
    }
    return out;
  }
}
