package io.newsatlas.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.config.AnalystFile;
import io.newsatlas.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The analysts' event dictionary (conf/events.yaml): interaction phrases, places, mechanisms. */
public record EventDictionary(List<Kind> kinds, List<Combination> combinations, Words future,
    Words futureTimes, Words invitations, Words invitationExceptions, Words reportingVerbs, Words counterparts, Words placePrepositions, List<Place> places,
    Words mechanisms, Words subjectPronouns, Words audiences) implements Serializable {
  public static final String BUNDLED = "/io/newsatlas/defaults/events.yaml";
  public static final String DEFAULT_PATH = "conf/events.yaml";

  /** One kind of interaction; see conf/events.yaml. */
  public record Kind(String id, String name, String cameo, List<String> en, List<String> vi, List<String> exclude)
      implements Serializable {
    List<String> phrases(String language) {
      List<String> phrases = "vi".equals(language) ? vi : en;
      return phrases == null ? List.of() : phrases;
    }

    List<String> excludeOrEmpty() {
      return exclude == null ? List.of() : exclude;
    }
  }

  /** Two kinds in one sentence that make a third. */
  public record Combination(List<String> kinds, String kind) implements Serializable {}

  /** Words per language. */
  public record Words(List<String> en, List<String> vi) implements Serializable {
    public List<String> of(String language) {
      List<String> words = "vi".equals(language) ? vi : en;
      return words == null ? List.of() : words;
    }
  }

  /** A place events happen in, its names and (optionally) its country's actor id. */
  public record Place(String name, String country, List<String> aliases) implements Serializable {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads the file, or the bundled dictionary when {@code path} is the default and does not exist. */
  public static EventDictionary load(String path, boolean isDefault, Gazetteer gazetteer) {
    EventDictionary dictionary = AnalystFile.load(path, isDefault, "Event dictionary", "events.dictionary", BUNDLED,
        EventDictionary::parse);
    return dictionary.checkCountries(path, gazetteer);
  }

  static EventDictionary parse(InputStream in, String origin) {
    try {
      return YAML.readValue(in, EventDictionary.class).validate(origin);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException("Event dictionary " + origin + ": unknown field '" + e.getPropertyName()
          + "' (the file has kinds, combinations, future, future_times, invitations, invitation_exceptions, reporting_verbs, counterparts, subject_pronouns, audiences, place_prepositions, places, mechanisms)");
    } catch (IOException e) {
      throw new ConfigException("Event dictionary " + origin + " is not valid: " + e.getMessage().split("\n")[0]);
    }
  }

  EventDictionary validate(String origin) {
    ConfigException.check(kinds != null && !kinds.isEmpty(), "Event dictionary %s: no kinds", origin);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < kinds.size(); i++) {
      Kind kind = kinds.get(i);
      String where = "Event dictionary " + origin + ", kind " + (i + 1) + (kind.id() == null ? "" : " '" + kind.id() + "'");
      ConfigException.check(kind.id() != null && kind.id().matches("[a-z][a-z0-9_]*"), "%s: id must be snake_case", where);
      ConfigException.check(ids.add(kind.id()), "%s: the id is used twice", where);
      ConfigException.check(kind.cameo() != null && kind.cameo().matches("\\d{2,4}"),
          "%s: cameo must be a CAMEO code of digits, quoted (\"043\")", where);
      ConfigException.check(!kind.phrases("en").isEmpty() || !kind.phrases("vi").isEmpty(),
          "%s: give phrases in en or vi", where);
      for (String phrase : List.of(kind.phrases("en"), kind.phrases("vi"), kind.excludeOrEmpty()).stream()
          .flatMap(List::stream).toList()) {
        ConfigException.check(phrase != null && !phrase.isBlank(), "%s: a phrase is empty", where);
      }
    }
    for (Combination combination : combinationsOrEmpty()) {
      ConfigException.check(combination.kinds() != null && combination.kinds().size() == 2
              && ids.containsAll(combination.kinds()) && ids.contains(combination.kind()),
          "Event dictionary %s: combination %s must name two kinds and the kind they make, all among %s", origin,
          combination, ids);
    }
    for (Words words : java.util.Arrays.asList(future, futureTimes, invitations, invitationExceptions, reportingVerbs, subjectPronouns, counterparts,
        placePrepositions, mechanisms, audiences)) {
      if (words != null) {
        for (String word : java.util.stream.Stream.of(words.of("en"), words.of("vi")).flatMap(List::stream).toList()) {
          // An empty word would match everywhere: every clause a plan, every sentence reported.
          ConfigException.check(word != null && !word.isBlank(), "Event dictionary %s: an empty word in a word list",
              origin);
        }
      }
    }
    for (Place place : placesOrEmpty()) {
      ConfigException.check(place.name() != null && !place.name().isBlank() && place.aliases() != null
          && !place.aliases().isEmpty(), "Event dictionary %s: place %s needs a name and aliases", origin, place);
    }
    return this;
  }

  private EventDictionary checkCountries(String origin, Gazetteer gazetteer) {
    Map<String, Gazetteer.Actor> actors = gazetteer.byId();
    for (Place place : placesOrEmpty()) {
      ConfigException.check(place.country() == null || (actors.containsKey(place.country())
              && actors.get(place.country()).type().equals("country")),
          "Event dictionary %s: place '%s' has country '%s', which is not a country of the actor gazetteer", origin,
          place.name(), place.country());
    }
    return this;
  }

  public List<Combination> combinationsOrEmpty() {
    return combinations == null ? List.of() : combinations;
  }

  public List<Place> placesOrEmpty() {
    return places == null ? List.of() : places;
  }

  public Words futureOrEmpty() {
    return future == null ? new Words(List.of(), List.of()) : future;
  }

  public Words invitationsOrEmpty() {
    return invitations == null ? new Words(List.of(), List.of()) : invitations;
  }

  public Words invitationExceptionsOrEmpty() {
    return invitationExceptions == null ? new Words(List.of(), List.of()) : invitationExceptions;
  }

  public Words futureTimesOrEmpty() {
    return futureTimes == null ? new Words(List.of(), List.of()) : futureTimes;
  }

  public Words reportingVerbsOrEmpty() {
    return reportingVerbs == null ? new Words(List.of(), List.of()) : reportingVerbs;
  }

  public Words subjectPronounsOrEmpty() {
    return subjectPronouns == null ? new Words(List.of(), List.of()) : subjectPronouns;
  }

  public Words counterpartsOrEmpty() {
    return counterparts == null ? new Words(List.of(), List.of()) : counterparts;
  }

  public Words prepositionsOrEmpty() {
    return placePrepositions == null ? new Words(List.of(), List.of()) : placePrepositions;
  }

  public Words audiencesOrEmpty() {
    return audiences == null ? new Words(List.of(), List.of()) : audiences;
  }

  public Words mechanismsOrEmpty() {
    return mechanisms == null ? new Words(List.of(), List.of()) : mechanisms;
  }

  /** The kind with this id. */
  public Kind kind(String id) {
    return kinds.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }

  /** Lower is more specific: the kinds' order in the file. */
  public int precedence(String kindId) {
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).id().equals(kindId)) {
        return i;
      }
    }
    return kinds.size();
  }
}
