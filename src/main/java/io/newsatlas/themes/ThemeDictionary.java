package io.newsatlas.themes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsatlas.config.AnalystFile;
import io.newsatlas.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The analysts' theme dictionary (conf/themes.yaml), validated when loaded. */
public record ThemeDictionary(List<Theme> themes) implements Serializable {
  /** The copy bundled in the jar, used when the configured file is the default and absent. */
  public static final String BUNDLED = "/io/newsatlas/defaults/themes.yaml";

  /** One theme: see conf/themes.yaml for the meaning of each field. */
  public record Theme(String id, Names name, String parent, Terms terms, List<String> exclude) implements Serializable {
    public List<String> excludeOrEmpty() {
      return exclude == null ? List.of() : exclude;
    }
  }

  public record Names(String en, String vi) implements Serializable {}

  public record Terms(List<String> en, List<String> vi) implements Serializable {
    public List<String> enOrEmpty() {
      return en == null ? List.of() : en;
    }

    public List<String> viOrEmpty() {
      return vi == null ? List.of() : vi;
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads the file, or the bundled dictionary when {@code path} is the default and does not exist. */
  public static ThemeDictionary load(String path, boolean isDefault) {
    return AnalystFile.load(path, isDefault, "Theme dictionary", "themes.dictionary", BUNDLED, ThemeDictionary::parse);
  }

  static ThemeDictionary parse(InputStream in, String origin) {
    ThemeDictionary dictionary;
    try {
      dictionary = YAML.readValue(in, ThemeDictionary.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException("Theme dictionary " + origin + ": unknown field '" + e.getPropertyName()
          + "' (a theme has id, name, parent, terms, exclude)");
    } catch (IOException e) {
      throw new ConfigException("Theme dictionary " + origin + " is not valid: " + e.getMessage().split("\n")[0]);
    }
    return dictionary.validate(origin);
  }

  /** Ids unique and snake_case, both names, at least one term, no empty term, parents that exist, no cycles. */
  ThemeDictionary validate(String origin) {
    ConfigException.check(themes != null && !themes.isEmpty(), "Theme dictionary %s: no themes", origin);
    Map<String, Theme> byId = new HashMap<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      String where = "Theme dictionary " + origin + ", theme " + (i + 1)
          + (theme.id() == null ? "" : " '" + theme.id() + "'");
      ConfigException.check(theme.id() != null && theme.id().matches("[a-z][a-z0-9_]*"),
          "%s: id must be snake_case (a-z, 0-9, _)", where);
      ConfigException.check(byId.put(theme.id(), theme) == null, "%s: the id is used twice", where);
      ConfigException.check(theme.name() != null && notBlank(theme.name().en()) && notBlank(theme.name().vi()),
          "%s: give name: {en: ..., vi: ...}", where);
      ConfigException.check(theme.terms() != null
              && theme.terms().enOrEmpty().size() + theme.terms().viOrEmpty().size() > 0,
          "%s: give at least one term under terms.en or terms.vi", where);
      for (String term : concat(theme.terms().enOrEmpty(), theme.terms().viOrEmpty(), theme.excludeOrEmpty())) {
        ConfigException.check(notBlank(term), "%s: a term or exclusion is empty", where);
      }
    }
    for (Theme theme : themes) {
      if (theme.parent() != null) {
        ConfigException.check(byId.containsKey(theme.parent()),
            "Theme dictionary %s, theme '%s': parent '%s' is not a theme id", origin, theme.id(), theme.parent());
        Set<String> seen = new HashSet<>();
        for (String at = theme.id(); at != null; at = byId.get(at).parent()) {
          ConfigException.check(seen.add(at),
              "Theme dictionary %s, theme '%s': its parents loop back to it", origin, theme.id());
        }
      }
    }
    return this;
  }

  /** The theme and all its ancestors, nearest first. */
  public List<String> lineage(String id) {
    Map<String, Theme> byId = new HashMap<>();
    themes.forEach(t -> byId.put(t.id(), t));
    List<String> out = new java.util.ArrayList<>();
    for (String at = id; at != null; at = byId.get(at).parent()) {
      out.add(at);
    }
    return out;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new java.util.ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all;
  }
}
