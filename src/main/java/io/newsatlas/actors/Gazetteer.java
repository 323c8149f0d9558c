package io.newsatlas.actors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsatlas.config.AnalystFile;
import io.newsatlas.config.ConfigException;
import io.newsatlas.text.MatchText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The actor gazetteer (conf/actors.yaml), validated when loaded. */
public record Gazetteer(List<Actor> actors) implements Serializable {
  public static final String BUNDLED = "/io/newsatlas/defaults/actors.yaml";
  public static final Set<String> TYPES = Set.of("person", "organisation", "country", "international_body");

  /** One actor; see conf/actors.yaml for the meaning of each field. */
  public record Actor(String id, String type, Names name, Aliases aliases, List<String> genericAliases,
      String country, boolean foldDiacritics, List<String> shortForms, List<String> exclude,
      List<Affiliation> affiliations) implements Serializable {
    public List<Affiliation> affiliationsOrEmpty() {
      return affiliations == null ? List.of() : affiliations;
    }

    /** The actor a person spoke for on a day (their ministry, party or country), or null; any when day is null. */
    public String affiliationOn(java.time.LocalDate day) {
      for (Affiliation affiliation : affiliationsOrEmpty()) {
        if (day == null || affiliation.holds(day)) {
          return affiliation.actor();
        }
      }
      return null;
    }

    public List<String> allAliases() {
      List<String> all = new ArrayList<>();
      if (aliases != null) {
        all.addAll(aliases.enOrEmpty());
        all.addAll(aliases.viOrEmpty());
      }
      return all;
    }

    public List<String> genericOrEmpty() {
      return genericAliases == null ? List.of() : genericAliases;
    }

    public List<String> shortFormsOrEmpty() {
      return shortForms == null ? List.of() : shortForms;
    }

    public List<String> excludeOrEmpty() {
      return exclude == null ? List.of() : exclude;
    }
  }

  public record Names(String en, String vi) implements Serializable {}

  /**
   * Whom a person speaks for, and when: {@code from} and {@code until} (ISO dates, either may be
   * left out) bound the office, so that a minister who moved on is not counted for the old ministry.
   */
  public record Affiliation(String actor, String from, String until) implements Serializable {
    boolean holds(java.time.LocalDate day) {
      return (from == null || !day.isBefore(java.time.LocalDate.parse(from)))
          && (until == null || !day.isAfter(java.time.LocalDate.parse(until)));
    }

    private static boolean isDate(String value) {
      try {
        java.time.LocalDate.parse(value);
        return true;
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }
  }

  public record Aliases(List<String> en, List<String> vi) implements Serializable {
    List<String> enOrEmpty() {
      return en == null ? List.of() : en;
    }

    List<String> viOrEmpty() {
      return vi == null ? List.of() : vi;
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads the file, or the bundled gazetteer when {@code path} is the default and does not exist. */
  public static Gazetteer load(String path, boolean isDefault) {
    return AnalystFile.load(path, isDefault, "Actor gazetteer", "actors.gazetteer", BUNDLED, Gazetteer::parse);
  }

  static Gazetteer parse(InputStream in, String origin) {
    try {
      return YAML.readValue(in, Gazetteer.class).validate(origin);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException("Actor gazetteer " + origin + ": unknown field '" + e.getPropertyName()
          + "' (an actor has id, type, name, aliases, generic_aliases, country, fold_diacritics, short_forms, exclude,"
          + " affiliations)");
    } catch (IOException e) {
      throw new ConfigException("Actor gazetteer " + origin + " is not valid: " + e.getMessage().split("\n")[0]);
    }
  }

  /** Ids, types, names, non-empty aliases, and no alias (as matched) on two actors. */
  Gazetteer validate(String origin) {
    ConfigException.check(actors != null && !actors.isEmpty(), "Actor gazetteer %s: no actors", origin);
    Map<String, Actor> byId = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      String where = "Actor gazetteer " + origin + ", actor " + (i + 1) + (actor.id() == null ? "" : " '" + actor.id() + "'");
      ConfigException.check(actor.id() != null && actor.id().matches("[a-z][a-z0-9_]*"), "%s: id must be snake_case", where);
      ConfigException.check(byId.put(actor.id(), actor) == null, "%s: the id is used twice", where);
      ConfigException.check(actor.type() != null && TYPES.contains(actor.type()),
          "%s: unknown type '%s' (must be one of person, organisation, country, international_body)", where, actor.type());
      ConfigException.check(actor.name() != null && notBlank(actor.name().en()) && notBlank(actor.name().vi()),
          "%s: give name: {en: ..., vi: ...}", where);
      List<String> all = new ArrayList<>(actor.allAliases());
      all.addAll(actor.genericOrEmpty());
      ConfigException.check(!all.isEmpty(), "%s: give at least one alias", where);
      for (String alias : all) {
        ConfigException.check(notBlank(alias), "%s: an alias is empty", where);
        // Folded for every actor: an alias that folds ("To Lam") also matches the other's "Tô Lâm".
        String key = MatchText.folded(alias);
        String previous = aliasOwner.putIfAbsent(key.strip(), actor.id());
        ConfigException.check(previous == null || previous.equals(actor.id()),
            "%s: alias '%s' is also an alias of '%s' (an alias must name one actor)", where, alias, previous);
      }
      for (String shortForm : actor.shortFormsOrEmpty()) {
        ConfigException.check(notBlank(shortForm), "%s: a short form is empty", where);
      }
    }
    for (Actor actor : actors) {
      if (actor.country() != null) {
        Actor country = byId.get(actor.country());
        ConfigException.check(country != null && country.type().equals("country"),
            "Actor gazetteer %s, actor '%s': country '%s' is not an actor of type country", origin, actor.id(), actor.country());
      }
      ConfigException.check(actor.genericOrEmpty().isEmpty() || actor.country() != null,
          "Actor gazetteer %s, actor '%s': generic_aliases need a country", origin, actor.id());
      for (Affiliation affiliation : actor.affiliationsOrEmpty()) {
        Actor side = affiliation.actor() == null ? null : byId.get(affiliation.actor());
        ConfigException.check(actor.type().equals("person"),
            "Actor gazetteer %s, actor '%s': only a person has affiliations", origin, actor.id());
        ConfigException.check(side != null && !side.type().equals("person"),
            "Actor gazetteer %s, actor '%s': affiliation '%s' is not an organisation, country or international body"
                + " of the gazetteer", origin, actor.id(), affiliation.actor());
        ConfigException.check((affiliation.from() == null || Affiliation.isDate(affiliation.from()))
                && (affiliation.until() == null || Affiliation.isDate(affiliation.until())),
            "Actor gazetteer %s, actor '%s': affiliation '%s' needs from and until as yyyy-mm-dd (or left out)", origin,
            actor.id(), affiliation.actor());
        ConfigException.check(affiliation.from() == null || affiliation.until() == null
                || affiliation.until().compareTo(affiliation.from()) >= 0,
            "Actor gazetteer %s, actor '%s': affiliation '%s' ends (%s) before it starts (%s)", origin, actor.id(),
            affiliation.actor(), affiliation.until(), affiliation.from());
      }
    }
    return this;
  }

  public Map<String, Actor> byId() {
    Map<String, Actor> byId = new HashMap<>();
    actors.forEach(a -> byId.put(a.id(), a));
    return byId;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
