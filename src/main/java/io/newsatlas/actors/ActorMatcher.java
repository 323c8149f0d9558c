package io.newsatlas.actors;

import io.newsatlas.text.MatchText;
import io.newsatlas.text.PhraseMatcher;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the gazetteer's actors in one text. Rules, in order:
 * <ol>
 *   <li>aliases, with and (where the actor says so) without diacritics; short all-capital
 *       acronyms and one-word names of up to four letters only as written ("US", not "us";
 *       "Mỹ", not "thẩm mỹ"); "US$" is money;
 *   <li>coordinated names: "the ministries of Public Security, Foreign Affairs, and Finance";
 *   <li>nothing inside photo credits, bylines or agency sign-offs, nor inside an exclusion;
 *   <li>generic names ("Ministry of Finance") only in a document that names their country, and not
 *       right after another country's name;
 *   <li>the longest match wins, across actors;
 *   <li>short forms ("Quang", "Wang") after that actor's full name, unless ambiguous in the document.
 * </ol>
 */
public final class ActorMatcher implements Serializable {
  /** How a mention was found. */
  public static final String ALIAS = "alias";
  public static final String SHORT_FORM = "short_form";
  public static final String COORDINATION = "coordination";

  /** An actor at [start, end) of the text. */
  public record Mention(String actorId, int start, int end, String how) implements io.newsatlas.text.Mentions.Span {}

  private record Ref(String actorId, String alias, boolean caseSensitive, boolean generic, boolean coordinated)
      implements Serializable {
    Ref(String actorId, String alias, boolean caseSensitive, boolean generic) {
      this(actorId, alias, caseSensitive, generic, false);
    }
  }

  private static final Pattern COORDINATED = Pattern.compile(
      "\\b(?:the )?(ministries|Ministries) of ((?:\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)*)(?:, (?:and )?\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)*)*(?:,? and \\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)*))");
  private static final Pattern COORDINATED_VI = Pattern.compile(
      "(?:các|Các) (?:bộ|Bộ):? ((?:\\p{Lu}[\\p{L}]*(?: [\\p{L}]+)?)(?:, \\p{Lu}[\\p{L}]*(?: [\\p{L}]+)?)*(?:,? và \\p{Lu}[\\p{L}]*(?: [\\p{L}]+)?))");

  private final Map<String, Gazetteer.Actor> actors;
  private final PhraseMatcher<Ref> exact;
  private final PhraseMatcher<Ref> folded;
  private final PhraseMatcher<String> exclusions;
  private final PhraseMatcher<Ref> shortExact;
  private final PhraseMatcher<Ref> shortFolded;
  private final PhraseMatcher<Ref> countryNames;

  public ActorMatcher(Gazetteer gazetteer) {
    this.actors = gazetteer.byId();
    Map<String, List<Ref>> exactPhrases = new LinkedHashMap<>();
    Map<String, List<Ref>> foldedPhrases = new LinkedHashMap<>();
    Map<String, List<String>> exclusionPhrases = new LinkedHashMap<>();
    Map<String, List<Ref>> shortExactPhrases = new LinkedHashMap<>();
    Map<String, List<Ref>> shortFoldedPhrases = new LinkedHashMap<>();
    Map<String, List<Ref>> countryPhrases = new LinkedHashMap<>();
    for (Gazetteer.Actor actor : gazetteer.actors()) {
      Map<String, List<Ref>> target = actor.foldDiacritics() ? foldedPhrases : exactPhrases;
      for (String alias : actor.allAliases()) {
        target.computeIfAbsent(alias, a -> new ArrayList<>()).add(new Ref(actor.id(), alias, caseSensitive(alias), false));
        if (actor.type().equals("country")) {
          countryPhrases.computeIfAbsent(alias, a -> new ArrayList<>()).add(new Ref(actor.id(), alias, caseSensitive(alias), false));
        }
      }
      for (String alias : actor.genericOrEmpty()) {
        target.computeIfAbsent(alias, a -> new ArrayList<>()).add(new Ref(actor.id(), alias, caseSensitive(alias), true));
      }
      for (String shortForm : actor.shortFormsOrEmpty()) {
        (actor.foldDiacritics() ? shortFoldedPhrases : shortExactPhrases)
            .computeIfAbsent(shortForm, a -> new ArrayList<>()).add(new Ref(actor.id(), shortForm, true, false));
      }
      for (String exclusion : actor.excludeOrEmpty()) {
        exclusionPhrases.computeIfAbsent(exclusion, a -> new ArrayList<>()).add(actor.id());
      }
    }
    // Country adjectives qualify generic names too ("Chinese Ministry of Public Security").
    countryPhrases.computeIfAbsent("Chinese", a -> new ArrayList<>()).add(new Ref("china", "Chinese", false, false));
    for (String adjective : List.of("Japanese", "Korean", "Lao", "Cambodian", "Thai", "Russian", "Australian",
        "American", "Vietnamese", "British", "French", "German", "Indian", "Indonesian", "Malaysian", "Philippine")) {
      countryPhrases.computeIfAbsent(adjective, a -> new ArrayList<>()).add(new Ref(adjective.toLowerCase(), adjective, false, false));
    }
    this.exact = new PhraseMatcher<>(exactPhrases, false);
    this.folded = new PhraseMatcher<>(foldedPhrases, true);
    this.exclusions = new PhraseMatcher<>(exclusionPhrases, false);
    this.shortExact = new PhraseMatcher<>(shortExactPhrases, false);
    this.shortFolded = new PhraseMatcher<>(shortFoldedPhrases, true);
    this.countryNames = new PhraseMatcher<>(countryPhrases, true);
  }

  /**
   * Acronyms and very short one-word names are matched as written: "US" is not "us", "Mỹ" is not
   * the "mỹ" of "thẩm mỹ", "MoPS" is not "mops".
   */
  static boolean caseSensitive(String alias) {
    String letters = alias.replaceAll("[^\\p{L}]", "");
    long upper = letters.chars().filter(Character::isUpperCase).count();
    boolean oneWord = !alias.strip().contains(" ");
    return (upper == letters.length() && letters.length() <= 6) || (oneWord && upper >= 2)
        || (oneWord && letters.length() <= 4);
  }

  public List<Mention> find(String text) {
    List<int[]> credits = Credits.spans(text);
    List<PhraseMatcher.Match<String>> excluded = exclusions.find(text);
    List<PhraseMatcher.Match<Ref>> found = new ArrayList<>(exact.find(text));
    found.addAll(folded.find(text));
    found.addAll(coordinated(text));

    Set<String> countriesNamed = new HashSet<>();
    for (PhraseMatcher.Match<Ref> m : found) {
      if (!m.key().generic() && isAsWritten(text, m) && "country".equals(type(m.key().actorId()))) {
        countriesNamed.add(m.key().actorId());
      }
    }
    List<PhraseMatcher.Match<Ref>> countries = countryNames.find(text);

    List<PhraseMatcher.Match<Ref>> kept = new ArrayList<>();
    for (PhraseMatcher.Match<Ref> m : found) {
      Ref ref = m.key();
      if (!isAsWritten(text, m) || isMoney(text, m) || Credits.inside(credits, m.start(), m.end())) {
        continue;
      }
      if (excluded.stream().anyMatch(x -> x.key().equals(ref.actorId()) && x.start() <= m.start() && m.end() <= x.end())) {
        continue;
      }
      if (ref.generic()) {
        String country = actors.get(ref.actorId()).country();
        if (!countriesNamed.contains(country) || qualifiedByAnotherCountry(text, m, countries, country)) {
          continue;
        }
      }
      kept.add(m);
    }
    List<Mention> mentions = longestFirst(kept);
    mentions.addAll(shortForms(text, mentions, credits));
    mentions.sort(Comparator.comparingInt(Mention::start));
    return mentions;
  }

  private static boolean isAsWritten(String text, PhraseMatcher.Match<Ref> m) {
    if (!m.key().caseSensitive()) {
      return true;
    }
    // Compare letters and digits only: the match ends at the last word ("U.S" of "U.S.").
    String written = text.substring(m.start(), m.end()).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "");
    String alias = m.key().alias().replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "");
    return written.equals(alias) || MatchText.folded(written).equals(MatchText.folded(alias))
        && Character.isUpperCase(written.charAt(0)) && sameCase(written, alias);
  }

  private static boolean sameCase(String written, String alias) {
    for (int i = 0; i < Math.min(written.length(), alias.length()); i++) {
      if (Character.isUpperCase(written.charAt(i)) != Character.isUpperCase(alias.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMoney(String text, PhraseMatcher.Match<Ref> m) {
    return m.end() < text.length() && text.charAt(m.end()) == '$';
  }

  /** "Japan's Ministry of Finance", "Chinese Ministry of Public Security": another country's body. */
  private static boolean qualifiedByAnotherCountry(String text, PhraseMatcher.Match<Ref> m,
      List<PhraseMatcher.Match<Ref>> countries, String ownCountry) {
    for (PhraseMatcher.Match<Ref> country : countries) {
      String between = text.substring(Math.min(country.end(), m.start()), m.start());
      boolean adjacent = country.end() <= m.start() && between.matches("(?:['’]s)?\\s*(?:the\\s+)?");
      boolean after = country.start() >= m.end() && text.substring(m.end(), country.start()).matches("\\s*(?:of|của)?\\s*");
      if ((adjacent || after) && !country.key().actorId().equals(ownCountry)
          && !(ownCountry.equals("vietnam") && country.key().actorId().equals("vietnamese"))
          && !(ownCountry.equals("united_states") && country.key().actorId().equals("american"))) {
        return true;
      }
    }
    return false;
  }

  /** "the ministries of Public Security, Foreign Affairs, and Finance" names three ministries. */
  private List<PhraseMatcher.Match<Ref>> coordinated(String text) {
    List<PhraseMatcher.Match<Ref>> out = new ArrayList<>();
    expand(text, COORDINATED.matcher(text), 2, "Ministry of ", out);
    expand(text, COORDINATED_VI.matcher(text), 1, "Bộ ", out);
    return out;
  }

  private void expand(String text, Matcher m, int group, String head, List<PhraseMatcher.Match<Ref>> out) {
    while (m.find()) {
      String list = m.group(group);
      int offset = m.start(group);
      Matcher part = Pattern.compile("\\p{Lu}[\\p{L}]*(?: (?!and\\b|và\\b)[\\p{L}]+)*").matcher(list);
      while (part.find()) {
        String name = head + part.group();
        for (PhraseMatcher.Match<Ref> alias : exact.find(name)) {
          if (alias.start() == 0 && alias.end() == name.length()) {
            out.add(new PhraseMatcher.Match<>(new Ref(alias.key().actorId(), alias.key().alias(), false, alias.key().generic(), true),
                name, offset + part.start(), offset + part.end()));
          }
        }
      }
    }
  }

  /** Longest first; a match overlapping an accepted longer one is dropped, whatever its actor. */
  private static List<Mention> longestFirst(List<PhraseMatcher.Match<Ref>> matches) {
    List<PhraseMatcher.Match<Ref>> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.<PhraseMatcher.Match<Ref>>comparingInt(m -> -(m.end() - m.start()))
        .thenComparingInt(PhraseMatcher.Match::start).thenComparing(m -> m.key().actorId()));
    List<Mention> accepted = new ArrayList<>();
    for (PhraseMatcher.Match<Ref> m : sorted) {
      boolean overlaps = accepted.stream().anyMatch(a -> a.start() < m.end() && m.start() < a.end());
      if (!overlaps) {
        String how = m.key().coordinated() ? COORDINATION : ALIAS;
        accepted.add(new Mention(m.key().actorId(), m.start(), m.end(), how));
      }
    }
    return accepted;
  }

  /** Short forms of actors already named in full, after their first full mention, if unambiguous here. */
  private List<Mention> shortForms(String text, List<Mention> full, List<int[]> credits) {
    Map<String, Integer> firstFull = new HashMap<>();
    for (Mention m : full) {
      firstFull.merge(m.actorId(), m.start(), Math::min);
    }
    List<PhraseMatcher.Match<Ref>> candidates = new ArrayList<>(shortExact.find(text));
    candidates.addAll(shortFolded.find(text));
    // Ambiguous: the same short form belongs to two actors named in this document.
    Map<String, Set<String>> ownersHere = new HashMap<>();
    for (Gazetteer.Actor actor : actors.values()) {
      if (firstFull.containsKey(actor.id())) {
        for (String shortForm : actor.shortFormsOrEmpty()) {
          ownersHere.computeIfAbsent(MatchText.folded(shortForm), k -> new HashSet<>()).add(actor.id());
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    for (PhraseMatcher.Match<Ref> m : candidates) {
      String actor = m.key().actorId();
      Integer first = firstFull.get(actor);
      boolean capitalised = Character.isUpperCase(text.charAt(m.start()));
      boolean unambiguous = ownersHere.getOrDefault(MatchText.folded(m.key().alias()), Set.of()).size() == 1;
      boolean free = full.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())
          && out.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end());
      if (first != null && m.start() > first && capitalised && unambiguous && free
          && !Credits.inside(credits, m.start(), m.end())) {
        out.add(new Mention(actor, m.start(), m.end(), SHORT_FORM));
      }
    }
    return out;
  }

  private String type(String actorId) {
    Gazetteer.Actor actor = actors.get(actorId);
    return actor == null ? null : actor.type();
  }
}
