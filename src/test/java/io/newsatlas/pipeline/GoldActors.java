package io.newsatlas.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Actors and co-occurrences of the gold reading of the seeds. */
public final class GoldActors {
  private GoldActors() {}

  /** A seed and the ids of the actors it names (optional actors left out). */
  public record Doc(String file, List<String> actors, List<String> notActors) {}

  /** A pair that must (count = at least) or must not co-occur in documents. */
  public record Pair(String a, String b, int count) {}

  public static List<Doc> documents() {
    List<Doc> out = new ArrayList<>();
    for (JsonNode doc : Gold.tree().get("documents")) {
      List<String> actors = new ArrayList<>();
      doc.get("actors").fieldNames().forEachRemaining(actors::add);
      List<String> not = new ArrayList<>();
      if (doc.has("not_actors")) {
        doc.get("not_actors").forEach(n -> not.add(n.asText().replaceAll(" \\(.*\\)$", "")));
      }
      out.add(new Doc(doc.get("file").asText(), actors, not));
    }
    return out;
  }

  /** Actor id -> the surfaces the gold reading lists for it in one seed. */
  public static java.util.Map<String, List<String>> surfaces(String file) {
    java.util.Map<String, List<String>> out = new java.util.TreeMap<>();
    for (JsonNode doc : Gold.tree().get("documents")) {
      if (doc.get("file").asText().equals(file)) {
        doc.get("actors").fields().forEachRemaining(e -> {
          List<String> list = new ArrayList<>();
          e.getValue().forEach(v -> list.add(v.asText()));
          out.put(e.getKey(), list);
        });
      }
    }
    return out;
  }

  public static List<Pair> mustInclude() {
    return pairs("cooccurrence_must_include");
  }

  public static List<Pair> mustExclude() {
    return pairs("cooccurrence_must_exclude");
  }

  private static List<Pair> pairs(String key) {
    List<Pair> out = new ArrayList<>();
    for (JsonNode pair : Gold.tree().get(key)) {
      out.add(new Pair(pair.get(0).asText(), pair.get(1).asText(), pair.size() > 2 ? pair.get(2).asInt() : 0));
    }
    return out;
  }
}
