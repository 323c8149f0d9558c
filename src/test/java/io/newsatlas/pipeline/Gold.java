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
  record Document(String file, String language, String date, String story, List<String> themes,
      java.util.Map<String, String> themeEvidenceVi) {}

  /** An event of events_must_include: the day, kind, place (null for none), people, sides and reporting files. */
  record Event(String id, String date, String kind, String place, List<String> participants, List<String> sides,
      String mechanism, List<String> documents, List<String> alsoReferredToIn) {}

  private Gold() {}

  static List<Event> events() {
    List<Event> out = new ArrayList<>();
    for (JsonNode event : tree().get("events_must_include")) {
      out.add(new Event(event.get("id").asText(), event.get("date").asText(), event.get("kind").asText(),
          event.path("place").isNull() || event.path("place").isMissingNode() ? null : event.get("place").asText(),
          strings(event.get("participants")), strings(event.get("sides")),
          event.hasNonNull("mechanism") ? event.get("mechanism").asText() : null, strings(event.get("documents")),
          strings(event.path("also_referred_to_in"))));
    }
    return out;
  }

  /** report_pairs_not_above_meetings: pairs named only in passing. */
  static List<List<String>> backgroundPairs() {
    List<List<String>> out = new ArrayList<>();
    tree().get("report_pairs_not_above_meetings").forEach(pair -> out.add(strings(pair)));
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  static JsonNode tree() {
    try (InputStream in = Gold.class.getResourceAsStream("/gold-seeds.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** theme_timeline of the gold: month -> theme -> at least this many documents. */
  static java.util.Map<String, java.util.Map<String, Long>> themeTimeline() {
    java.util.Map<String, java.util.Map<String, Long>> out = new java.util.TreeMap<>();
    tree().get("theme_timeline").fields().forEachRemaining(month -> {
      java.util.Map<String, Long> themes = new java.util.TreeMap<>();
      month.getValue().fields().forEachRemaining(t -> themes.put(t.getKey(), t.getValue().asLong()));
      out.put(month.getKey(), themes);
    });
    return out;
  }

  static List<Document> documents() {
    List<Document> out = new ArrayList<>();
    for (JsonNode doc : tree().get("documents")) {
      List<String> themes = new ArrayList<>();
      doc.get("themes").forEach(t -> themes.add(t.asText()));
      java.util.Map<String, String> evidence = new java.util.TreeMap<>();
      if (doc.has("theme_evidence_vi")) {
        doc.get("theme_evidence_vi").fields().forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
      }
      out.add(new Document(doc.get("file").asText(), doc.get("language").asText(), doc.get("date").asText(),
          doc.get("story").asText(), themes, evidence));
    }
    return out;
  }
}
