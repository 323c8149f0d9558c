package io.newsatlas.events;

import io.newsatlas.actors.Gazetteer;
import io.newsatlas.text.PhraseMatcher;
import io.newsatlas.text.Sentences;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the events one document reports, sentence by sentence (see conf/events.yaml): an
 * interaction phrase with two people (or a person and another side) is an event; one with two
 * organisations and no two people refers to an event reported elsewhere. A document's sentences
 * about the same people are one event.
 */
public final class EventFinder implements Serializable {
  private static final Set<String> SIDE_TYPES = Set.of("organisation", "international_body", "country");
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}\\d'’.]*(?:[-–][\\p{L}\\p{M}\\d'’.]+)*|\\d+\\+\\d+";
  private static final String ORDINALS =
      "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th)";
  private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
  /** Where a Vietnamese mechanism's name ends: a round, a place, a partner, a verb. */
  private static final Set<String> VI_NAME_STOPS = Set.of("lần", "tại", "giữa", "với", "ở", "vào", "do", "nhằm", "được",
      "đã", "sẽ", "theo", "để", "cùng", "và", "năm", "ngày", "hôm", "trong");
  private static final Pattern VI_ROUND = Pattern.compile(
      "lần\\s+thứ\\s+(\\d+|[IVXLC]+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\\p{L}\\d])");
  private static final List<String> VI_NUMBERS = List.of("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín",
      "mười");

  /** A person or organisation named in the document: the actor and where. */
  public record Named(String actorId, int sentenceIndex, int start, int end) implements Serializable {}

  /** A document as the finder reads it; date is null unless its precision has a year. */
  public record Document(String docId, String storyId, String language, String text, LocalDate date,
      String datePrecision, List<Named> named) implements Serializable {}

  /** One event (or reference to one) as a document reports it. */
  public record Found(String docId, String storyId, String language, String kind, boolean reference,
      List<String> participants, List<String> sides, List<String> countries, String place, String mechanism,
      Integer round, EventDates.Resolved date, String phrase, int sentenceIndex, String sentence, String pronoun)
      implements Serializable {}

  private final EventDictionary dictionary;
  private final Map<String, Gazetteer.Actor> actors;
  private transient Map<String, Matchers> matchers;

  /** The gazetteer's people by their lower-case names and aliases (ambiguous ones left out). */
  private final Map<String, String> peopleByName;
  /** Country names and aliases, lower case, longest first: a titled name may start with one ("Nga Vladimir Putin"). */
  private final List<String> countryNames;

  public EventFinder(EventDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.actors = new HashMap<>(gazetteer.byId());
    Map<String, String> people = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    List<String> countries = new ArrayList<>();
    for (Gazetteer.Actor actor : gazetteer.actors()) {
      List<String> names = new ArrayList<>(actor.allAliases());
      if (actor.name() != null) {
        names.add(actor.name().en());
        names.add(actor.name().vi());
      }
      for (String name : names) {
        if (name == null || name.isBlank()) {
          continue;
        }
        String key = lower(name);
        if (actor.type().equals("country")) {
          countries.add(key);
        } else if (actor.type().equals("person")) {
          String before = people.putIfAbsent(key, actor.id());
          if (before != null && !before.equals(actor.id())) {
            ambiguous.add(key);
          }
        }
      }
    }
    ambiguous.forEach(people::remove);
    this.peopleByName = people;
    countries.sort(java.util.Comparator.comparingInt(String::length).reversed());
    this.countryNames = countries;
  }

  private static String lower(String name) {
    return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A titled name as a participant: the gazetteer's person when the name is one of theirs, else
   * "name:" and the name without a country that runs into it ("Tổng thống Nga Vladimir Putin").
   */
  String participantOf(String name) {
    String id = peopleByName.get(lower(name));
    if (id != null) {
      return id;
    }
    // "George P. Shultz" is the "George Shultz" of other reports.
    name = MIDDLE_INITIAL.matcher(name).replaceAll(" ");
    String key = lower(name);
    for (String country : countryNames) {
      if (key.startsWith(country + " ") && name.substring(country.length()).strip().split("\\s+").length >= 2) {
        name = name.substring(country.length()).strip();
        key = lower(name);
        break;
      }
    }
    id = peopleByName.get(key);
    return id != null ? id : NAME_PREFIX + name;
  }

  public EventDictionary dictionary() {
    return dictionary;
  }

  /** The phrases, exclusions, places and patterns of one language, built once per JVM and language. */
  private record Matchers(PhraseMatcher<String> kinds, PhraseMatcher<String> excluded, PhraseMatcher<Integer> places,
      List<Pattern> future, java.util.Optional<Pattern> futureWords, java.util.Optional<Pattern> futureTimes,
      java.util.Optional<Pattern> invitations, java.util.Optional<Pattern> invitationExceptions,
      java.util.Optional<Pattern> reportingVerbs,
      Set<String> prepositions, Pattern enMechanism,
      List<String> viMechanisms, java.util.Optional<Pattern> pronouns, java.util.Optional<Pattern> audiences) {}

  private Matchers matchers(String language) {
    if (matchers == null) {
      matchers = new HashMap<>();
    }
    String key = "vi".equals(language) ? "vi" : "en";
    return matchers.computeIfAbsent(key, this::build);
  }

  private Matchers build(String language) {
    Map<String, List<String>> kindPhrases = new HashMap<>();
    Map<String, List<String>> excludedPhrases = new HashMap<>();
    for (EventDictionary.Kind kind : dictionary.kinds()) {
      kind.phrases(language).forEach(p -> kindPhrases.computeIfAbsent(p, x -> new ArrayList<>()).add(kind.id()));
      kind.excludeOrEmpty().forEach(p -> excludedPhrases.computeIfAbsent(p, x -> new ArrayList<>()).add("x"));
    }
    Map<String, List<Integer>> placeAliases = new HashMap<>();
    List<EventDictionary.Place> places = dictionary.placesOrEmpty();
    for (int i = 0; i < places.size(); i++) {
      int index = i;
      places.get(i).aliases().forEach(a -> placeAliases.computeIfAbsent(a, x -> new ArrayList<>()).add(index));
    }
    // Case matters: "Minister To Lam" is not "to".
    List<Pattern> future = dictionary.futureOrEmpty().of(language).stream()
        .map(w -> Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(w) + "(?:\\s+[^\\s]+){0,2}\\s*$"))
        .toList();
    Set<String> prepositions = new java.util.HashSet<>();
    dictionary.prepositionsOrEmpty().of(language).forEach(p -> prepositions.add(p.toLowerCase(java.util.Locale.ROOT)));
    List<String> nouns = dictionary.mechanismsOrEmpty().of("en");
    Pattern enMechanism = nouns.isEmpty() ? null : Pattern.compile("(?:(" + ORDINALS + ")\\s+)?((?:(?:" + WORD
        + ")\\s+(?:(?:and|of|on|for)\\s+)?)+(?:" + String.join("|", nouns.stream().map(Pattern::quote).toList())
        + "))(?![\\p{L}\\p{M}])");
    // A pronoun, not a title: "ông Putin" names him; "Ông đã hội đàm" refers back.
    List<String> pronounWords = dictionary.subjectPronounsOrEmpty().of(language);
    java.util.Optional<Pattern> pronouns = pronounWords.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(Pattern.compile("(?<![\\p{L}\\p{M}])(?iu:" + String.join("|",
            pronounWords.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})"));
    return new Matchers(new PhraseMatcher<>(kindPhrases), new PhraseMatcher<>(excludedPhrases),
        new PhraseMatcher<>(placeAliases), future, anyOf(dictionary.futureOrEmpty().of(language), 0),
        anyOf(dictionary.futureTimesOrEmpty().of(language), IGNORE_CASE),
        anyOf(dictionary.invitationsOrEmpty().of(language), IGNORE_CASE),
        anyOf(dictionary.invitationExceptionsOrEmpty().of(language), IGNORE_CASE),
        anyOf(dictionary.reportingVerbsOrEmpty().of(language), IGNORE_CASE), prepositions,
        enMechanism, dictionary.mechanismsOrEmpty().of("vi"), pronouns,
        anyOf(dictionary.audiencesOrEmpty().of(language), IGNORE_CASE));
  }

  /**
   * Any of the phrases as a whole-word match, spaces as any run of white space, or empty when there are
   * none; {@code flags} say whether case matters (future words: "Minister To Lam" is no "to").
   */
  private static java.util.Optional<Pattern> anyOf(List<String> phrases, int flags) {
    return phrases.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + String.join("|",
            phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList())
            + ")(?![\\p{L}\\p{M}])", flags));
  }

  /** Every event and reference the document reports, one per set of people (references one per sentence). */
  public List<Found> find(Document doc) {
    if (doc.text() == null || doc.text().isEmpty()) {
      return List.of();
    }
    Matchers m = matchers(doc.language());
    String text = doc.text();
    List<PhraseMatcher.Match<String>> excluded = m.excluded().find(text);
    Map<Integer, List<PhraseMatcher.Match<String>>> phrasesBySentence = new HashMap<>();
    // Phrases of plans ("will meet him again next week"): no events, but a time to come may be theirs.
    List<PhraseMatcher.Match<String>> planned = new ArrayList<>();
    List<Sentences.Span> sentences = Sentences.split(text);
    for (PhraseMatcher.Match<String> match : m.kinds().find(text)) {
      // Overlapping is enough: "đã tiếp thu" holds "đã tiếp" and "tiếp thu".
      boolean inExcluded = excluded.stream().anyMatch(x -> x.start() < match.end() && match.start() < x.end());
      Sentences.Span sentence = Sentences.containing(sentences, match.start());
      if (inExcluded || inName(text, sentence.start(), match.start())
          || (!"vi".equals(doc.language()) && OWNED_OBJECT.matcher(text).region(match.end(), sentence.end()).lookingAt())) {
        continue;
      }
      String before = text.substring(sentence.start(), match.start());
      if (isFuture(before, m.future()) || isInvited(before, m)) {
        planned.add(match);
      } else {
        phrasesBySentence.computeIfAbsent(sentence.index(), i -> new ArrayList<>()).add(match);
      }
    }
    if (phrasesBySentence.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Named>> namedBySentence = new HashMap<>();
    List<Named> persons = new ArrayList<>();
    for (Named named : withTitledNames(doc, sentences, phrasesBySentence.keySet(), persons)) {
      namedBySentence.computeIfAbsent(named.sentenceIndex(), i -> new ArrayList<>()).add(named);
    }
    List<Found> found = new ArrayList<>();
    for (Map.Entry<Integer, List<PhraseMatcher.Match<String>>> entry : new java.util.TreeMap<>(phrasesBySentence).entrySet()) {
      Sentences.Span span = sentences.get(entry.getKey());
      List<PhraseMatcher.Match<String>> phrases = entry.getValue();
      Set<String> combined = combinedKinds(phrases);
      List<Named> inSentence = namedBySentence.getOrDefault(span.index(), List.of());
      // A further interaction phrase opens a clause of its own: "the state visit to China by Tô Lâm
      // in August 2024 and the visit to Việt Nam by Xi Jinping" is two visits, not one of both.
      List<List<PhraseMatcher.Match<String>>> clauses = clauses(text, phrases);
      for (int c = 0; c < clauses.size(); c++) {
        int from = c == 0 ? span.start() : clauseStart(text, clauses.get(c).get(0).start(), span.start());
        int to = c + 1 < clauses.size() ? clauseStart(text, clauses.get(c + 1).get(0).start(), span.start()) : span.end();
        List<Named> inClause = new ArrayList<>(inSentence.stream().filter(n -> n.start() >= from && n.start() < to).toList());
        String pronoun = readPronoun(text, from, clauses.get(c), inClause, persons, span, m);
        Found event = clauseEvent(doc, m, span, from, to, clauses.get(c), planned, combined, inClause, pronoun);
        if (event != null) {
          found.add(event);
        }
      }
    }
    return merge(found);
  }

  private static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?<=\\S)\\s+\\p{Lu}\\.\\s+(?=\\S)");

  /** Participants outside the gazetteer: "name:" and the name as written. */
  public static final String NAME_PREFIX = "name:";

  /**
   * One key per person: a listed actor's id, or an unlisted name's words in any order and case, as
   * outlets write East Asian names both ways ("Suga Yoshihide", "Yoshihide Suga").
   */
  public static String personKey(String participant) {
    if (!participant.startsWith(NAME_PREFIX)) {
      return participant;
    }
    String[] words = participant.substring(NAME_PREFIX.length()).toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
    java.util.Arrays.sort(words);
    return NAME_PREFIX + String.join(" ", words);
  }

  /**
   * The gazetteer's mentions and, in the sentences with an interaction phrase, the people the
   * gazetteer lacks whom a title introduces ("Treasury Secretary James Baker", "Bộ trưởng X"), as
   * the actor stage's candidates find them: meetings of people nobody has added yet are events too.
   */
  private List<Named> withTitledNames(Document doc, List<Sentences.Span> sentences, Set<Integer> withPhrases,
      List<Named> persons) {
    List<Named> all = new ArrayList<>(doc.named());
    doc.named().stream().filter(n -> isPerson(n.actorId())).forEach(persons::add);
    String text = doc.text();
    // Later in the article the surname alone ("Weizsaecker met ...") is the titled name written before.
    Map<String, String> bySurname = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (io.newsatlas.actors.Candidates.Candidate c : io.newsatlas.actors.Candidates.find(text)) {
      if (!c.kind().equals(io.newsatlas.actors.Candidates.PERSON) || !looksLikeAPerson(c.name())) {
        continue;
      }
      String name = c.name();
      int end = c.end();
      // A possessive ends the name: "George Shultz' Moscow talks", "Baker's meeting".
      Matcher possessive = POSSESSIVE.matcher(name);
      if (possessive.find() && text.startsWith(name, c.start())) {
        name = name.substring(0, possessive.start());
        end = c.start() + name.length();
        if (!looksLikeAPerson(name) || name.split("\\s+").length < 2) {
          continue;
        }
      }
      int sentence = Sentences.containing(sentences, c.start()).index();
      int start = afterLeadingCountry(doc.named(), c.start(), end, text);
      Named named = new Named(participantOf(name), sentence, start, end);
      if (!overlaps(doc.named(), start, end)) {
        persons.add(named);
      }
      if (withPhrases.contains(sentence) && !overlaps(all, start, end)) {
        all.add(named);
      }
      String[] words = name.split("\\s+");
      String surname = words[words.length - 1];
      if (words.length >= 2 && surname.length() >= 3) {
        String before = bySurname.putIfAbsent(surname, name);
        if (before != null && !before.equals(name)) {
          ambiguous.add(surname);
        }
      }
    }
    ambiguous.forEach(bySurname::remove);
    for (Map.Entry<String, String> entry : bySurname.entrySet()) {
      Pattern surname = Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(entry.getKey()) + "(?![\\p{L}\\p{M}])");
      Matcher found = surname.matcher(text);
      while (found.find()) {
        int index = Sentences.containing(sentences, found.start()).index();
        Named named = new Named(participantOf(entry.getValue()), index, found.start(), found.end());
        if (!overlaps(persons, found.start(), found.end()) && !overlaps(doc.named(), found.start(), found.end())) {
          persons.add(named);
        }
        if (withPhrases.contains(index) && !overlaps(all, found.start(), found.end())) {
          all.add(named);
        }
      }
    }
    persons.sort(java.util.Comparator.comparingInt(Named::start));
    return all;
  }

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?(?=\\s|$)");

  /** Where a titled name starts once a country the gazetteer found at its start is left out ("Campuchia Hun Sen"). */
  private int afterLeadingCountry(List<Named> named, int start, int end, String text) {
    for (Named n : named) {
      Gazetteer.Actor actor = actors.get(n.actorId());
      if (n.start() == start && n.end() < end && actor != null && actor.type().equals("country")) {
        int at = n.end();
        while (at < end && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        return at;
      }
    }
    return start;
  }

  /** Title words that run into the name ("Chủ tịch UBND TP Cần Thơ", "Phó Thủ tướng"): a body or an office, not a person. */
  private static final Set<String> NOT_NAME_STARTS = Set.of("Phó", "Thủ", "Thị", "Tổng", "Bộ", "Sở", "Ban", "Hội");

  private static boolean looksLikeAPerson(String name) {
    String[] words = name.split("\\s+");
    boolean acronym = java.util.Arrays.stream(words)
        .anyMatch(w -> w.chars().filter(Character::isLetter).count() >= 2
            && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase));
    return words.length >= 2 && !acronym && !NOT_NAME_STARTS.contains(words[0]);
  }

  /** How many sentences back a pronoun's person may be named. */
  private static final int PRONOUN_REACH = 3;
  /** Words a subject pronoun may have before it in its sentence, and between it and the phrase. */
  private static final int PRONOUN_MAX_WORDS = 2;

  private static int words(String text, int from, int to) {
    String between = text.substring(from, Math.max(from, to)).strip();
    return between.isEmpty() ? 0 : between.split("\\s+").length;
  }

  /**
   * "He met with Prime Minister Yasuhiro Nakasone": a subject pronoun before the clause's first
   * phrase, with no person named before it, is the person last named in the sentences before (up to
   * {@link #PRONOUN_REACH} back) who is not in the clause already. The person joins the clause's
   * names in the pronoun's place; returns "'He' read as X" for the event's rule, or null.
   */
  private String readPronoun(String text, int from, List<PhraseMatcher.Match<String>> phrases, List<Named> inClause,
      List<Named> persons, Sentences.Span span, Matchers m) {
    if (m.pronouns().isEmpty()) {
      return null;
    }
    int phraseStart = phrases.stream().mapToInt(PhraseMatcher.Match::start).min().orElse(from);
    if (inClause.stream().anyMatch(n -> n.start() < phraseStart && isPerson(n.actorId()))) {
      return null;
    }
    Matcher pronoun = m.pronouns().get().matcher(text).region(from, phraseStart);
    // The sentence's subject, close to its verb: "He had earlier met", "Yesterday, he held talks";
    // not "He said X had not scheduled any meeting with", nor a pronoun deep in a clause.
    if (!pronoun.find() || words(text, span.start(), pronoun.start()) > PRONOUN_MAX_WORDS
        || words(text, pronoun.end(), phraseStart) > PRONOUN_MAX_WORDS) {
      return null;
    }
    Set<String> present = new java.util.HashSet<>();
    inClause.forEach(n -> present.add(n.actorId()));
    for (int k = persons.size() - 1; k >= 0; k--) {
      Named person = persons.get(k);
      if (person.start() >= span.start()) {
        continue;
      }
      if (person.sentenceIndex() < span.index() - PRONOUN_REACH) {
        return null;
      }
      if (!present.contains(person.actorId())) {
        inClause.add(new Named(person.actorId(), span.index(), pronoun.start(), pronoun.end()));
        return "'" + pronoun.group() + "' read as " + person.actorId().replace(NAME_PREFIX, "");
      }
    }
    return null;
  }

  private static boolean overlaps(List<Named> named, int start, int end) {
    return named.stream().anyMatch(n -> n.start() < end && start < n.end());
  }

  /**
   * Whether a time to come in [from, to) belongs to the clause's first phrase: the phrase it follows
   * most closely, or the first after it. "after talks with Kohl ahead of her visit to Moscow next
   * week" dates the visit, not the talks.
   */
  private static boolean isPlan(String text, int from, int to, List<PhraseMatcher.Match<String>> clausePhrases,
      List<PhraseMatcher.Match<String>> planned, java.util.Optional<Pattern> futureWords,
      java.util.Optional<Pattern> futureTimes) {
    if (futureTimes.isEmpty() || clausePhrases.isEmpty()) {
      return false;
    }
    PhraseMatcher.Match<String> first = clausePhrases.stream()
        .min(Comparator.comparingInt(PhraseMatcher.Match::start)).orElseThrow();
    // A plan's phrase in the clause takes its time: "met him on Friday and will meet him again next week".
    List<PhraseMatcher.Match<String>> phrases = new ArrayList<>(clausePhrases);
    planned.stream().filter(p -> p.start() >= from && p.end() <= to).forEach(phrases::add);
    Matcher time = futureTimes.get().matcher(text).region(from, to).useTransparentBounds(true);
    while (time.find()) {
      int at = time.start();
      PhraseMatcher.Match<String> attached = phrases.stream().filter(p -> p.end() <= at)
          .max(Comparator.comparingInt(PhraseMatcher.Match::start))
          .orElseGet(() -> phrases.stream().filter(p -> p.start() >= at)
              .min(Comparator.comparingInt(PhraseMatcher.Match::start)).orElse(first));
      // "met him on Friday and will see him again next week", "met on Friday to prepare next week's summit".
      boolean ofAnotherVerb = at > first.end() && futureWords.map(w -> w.matcher(text).region(first.end(), at)
          .useTransparentBounds(true).find()).orElse(false);
      if (attached == first && !ofAnotherVerb) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clause without the people who only report it: those named before a reporting verb that
   * comes before the first phrase, when a name starts what it reports and at least two people are
   * named after the verb. "Spokesman Marlin Fitzwater said Reagan met Baker and Greenspan" is their
   * meeting; in "Stoltenberg told the association that before a meeting with Baker" and "Baker told
   * reporters after a meeting with Miyazawa and Sumita", the speaker took part.
   */
  private List<Named> withoutSpeakers(String text, int from, List<PhraseMatcher.Match<String>> phrases,
      List<Named> named, java.util.Optional<Pattern> reportingVerbs) {
    if (reportingVerbs.isEmpty() || phrases.isEmpty()) {
      return named;
    }
    int firstPhrase = phrases.stream().mapToInt(PhraseMatcher.Match::start).min().orElseThrow();
    Matcher verb = reportingVerbs.get().matcher(text).region(from, firstPhrase).useTransparentBounds(true);
    if (!verb.find()) {
      return named;
    }
    int at = verb.start();
    // The reported clause names its own subject before the phrase: "said Reagan met ...", not "told
    // reporters after a meeting with Miyazawa and Sumita".
    String reported = text.substring(verb.end(), firstPhrase).strip().replaceFirst("^(?:that|rằng)\\s+", "");
    boolean subject = !reported.isEmpty() && Character.isUpperCase(reported.codePointAt(0));
    long after = named.stream().filter(n -> n.start() >= verb.end() && isPerson(n.actorId())).map(Named::actorId)
        .distinct().count();
    if (!subject || after < 2) {
      return named;
    }
    return named.stream().filter(n -> !(n.end() <= at && isPerson(n.actorId()))).toList();
  }

  /** "Baker's remarks": a name in the possessive, and the lower-case word after it. */
  private static final Pattern OWNED = Pattern.compile("^['’]s?\\s+(\\p{Ll})");

  /**
   * The clause without people named only as the owners of a thing: "to respond directly to Baker's
   * remarks" does not make Baker a participant; "Shultz' Moscow talks" and "during Abe's visit" do,
   * as what they own is the interaction.
   */
  private static List<Named> withoutOwners(String text, List<PhraseMatcher.Match<String>> phrases, List<Named> named) {
    return named.stream().filter(n -> {
      Matcher owned = OWNED.matcher(text).region(n.end(), text.length());
      return !owned.lookingAt() || phrases.stream().anyMatch(p -> p.start() == owned.start(1));
    }).toList();
  }

  /**
   * "welcomed Reagan's decision", "received the minister's letter": an English phrase whose object
   * is a thing someone owns is no interaction with them.
   */
  private static final Pattern OWNED_OBJECT = Pattern.compile(
      "^\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{M}.-]*['’]s?\\s+\\p{Ll}");

  private static boolean isFuture(String before, List<Pattern> future) {
    return future.stream().anyMatch(p -> p.matcher(before).find());
  }

  /**
   * Words at most between an invitation and the phrase it governs ("mời Thủ tướng Phạm Minh Chính
   * sang thăm"); farther, or across a comma, the invitation is another clause's ("Chinh, invited
   * to visit again, and Lee held talks").
   */
  static final int INVITATION_WINDOW = 6;

  /** Whether an invitation governs the phrase: close before it, in the same stretch of words, and not an invitation accepted. */
  private static boolean isInvited(String before, Matchers m) {
    if (m.invitations().isEmpty()) {
      return false;
    }
    List<int[]> accepted = new ArrayList<>();
    m.invitationExceptions().ifPresent(p -> p.matcher(before).results()
        .forEach(r -> accepted.add(new int[] {r.start(), r.end()})));
    return m.invitations().get().matcher(before).results()
        .filter(r -> accepted.stream().noneMatch(x -> x[0] < r.end() && r.start() < x[1]))
        .anyMatch(r -> INVITATION_GAP.matcher(before.substring(r.end())).matches());
  }

  private static final Pattern INVITATION_GAP = Pattern.compile("(?:\\s+[^\\s,;:()]+){0," + INVITATION_WINDOW + "}\\s*");

  /**
   * The event (or reference) of one clause: [from, to) of the sentence, its phrases, the kinds the
   * sentence's phrases make together, and the actors named in it.
   */
  private Found clauseEvent(Document doc, Matchers m, Sentences.Span span, int from, int to,
      List<PhraseMatcher.Match<String>> phrases, List<PhraseMatcher.Match<String>> planned, Set<String> combined,
      List<Named> inClause, String pronoun) {
    String text = doc.text();
    List<Named> named = withoutOwners(text, phrases, withoutSpeakers(text, from, phrases, inClause, m.reportingVerbs()));
    Set<String> people = new LinkedHashSet<>();
    Set<String> organisations = new LinkedHashSet<>();
    // With one person, the other side is what a phrase acts on: "Hung had working sessions with the FBI".
    Set<String> objects = new LinkedHashSet<>();
    Set<String> countries = new TreeSet<>();
    for (Named n : named) {
      if (n.actorId().startsWith(NAME_PREFIX)) {
        people.add(n.actorId());
        continue;
      }
      Gazetteer.Actor actor = actors.get(n.actorId());
      if (actor == null) {
        continue;
      }
      if (actor.type().equals("person")) {
        people.add(actor.id());
      } else if (actor.type().equals("country")) {
        countries.add(actor.id());
      } else {
        organisations.add(actor.id());
        boolean acted = phrases.stream().anyMatch(p -> n.start() >= p.end() && named.stream().anyMatch(
            o -> o.end() <= p.start() && isPerson(o.actorId())));
        if (acted) {
          objects.add(actor.id());
        }
      }
    }
    String sentence = span.of(text);
    String inSentence = text.substring(span.start(), span.end());
    String clause = text.substring(from, to);
    EventDates.Resolved date = EventDates.resolve(clause, doc.language(), doc.date(), doc.datePrecision());
    if ("document".equals(date.source()) && (from != span.start() || to != span.end())) {
      date = EventDates.resolve(inSentence, doc.language(), doc.date(), doc.datePrecision());
    }
    // A plan, not an event: "talks with Reagan later this month", "leaves for Washington on April 29 for talks".
    if (isPlan(text, from, to, phrases, planned, m.futureWords(), m.futureTimes())
        || EventDates.isAhead(date, doc.date(), doc.datePrecision())) {
      return null;
    }
    Set<String> sides = new TreeSet<>();
    Set<String> ownSides = new TreeSet<>();
    int unaffiliated = 0;
    for (String person : people) {
      String side = !actors.containsKey(person) ? null
          : actors.get(person).affiliationOn(date.date() != null ? date.date() : doc.date());
      if (side != null) {
        ownSides.add(side);
      } else {
        unaffiliated++;
      }
    }
    sides.addAll(ownSides);
    sides.addAll(organisations);
    boolean otherSide = objects.stream().anyMatch(o -> !ownSides.contains(o));
    // "Phạm Minh Chính và người đồng cấp Campuchia gặp gỡ": the counterpart's country is the other side.
    Set<String> ownCountries = new TreeSet<>();
    ownSides.forEach(side -> ownCountries.add(countryOf(side)));
    List<String> counterpartCountries = people.size() == 1 && mentionsCounterpart(clause, doc.language())
        ? countries.stream().filter(c -> !ownCountries.contains(c)).toList() : List.of();
    otherSide |= !counterpartCountries.isEmpty();
    if (people.size() >= 2 && meetAnAudience(text, to, phrases, named, m)) {
      return null;
    }
    boolean event = people.size() >= 2 || (people.size() == 1 && otherSide);
    boolean reference = !event && people.isEmpty() && organisations.size() >= 2;
    if (!event && !reference) {
      return null;
    }
    for (String side : sides) {
      Gazetteer.Actor actor = actors.get(side);
      if (actor != null && actor.type().equals("country")) {
        countries.add(side);
      } else if (actor != null && actor.country() != null) {
        countries.add(actor.country());
      }
    }
    // Countries named as sides, not as organisations: "the US" as a side is its country.
    sides.removeIf(s -> actors.containsKey(s) && actors.get(s).type().equals("country") && !ownSides.contains(s));
    sides.addAll(counterpartCountries);
    // People the gazetteer does not place ("Thượng tướng Ngụy Phượng Hòa, Bộ trưởng Quốc phòng Trung
    // Quốc"): the countries their sentence names are their sides, when there are no more of them than people.
    List<String> unplaced = countries.stream().filter(c -> !ownCountries.contains(c) && !sides.contains(c)
        && sides.stream().noneMatch(s -> c.equals(countryOf(s)))).toList();
    if (unaffiliated > 0 && !unplaced.isEmpty() && unplaced.size() <= unaffiliated) {
      sides.addAll(unplaced);
    }
    String kind = kindOf(phrases, combined);
    String phrase = phrases.stream().filter(p -> p.key().equals(kind)).findFirst().map(PhraseMatcher.Match::phrase)
        .orElse(phrases.get(0).phrase());
    String place = place(clause, m);
    String[] mechanism = mechanism(clause, doc.language(), m);
    if (place != null) {
      dictionary.placesOrEmpty().stream().filter(p -> p.name().equals(place) && p.country() != null)
          .forEach(p -> countries.add(p.country()));
    }
    return new Found(doc.docId(), doc.storyId(), doc.language(), kind, reference, List.copyOf(people),
        List.copyOf(sides), List.copyOf(countries), place, mechanism == null ? null : mechanism[0],
        mechanism == null || mechanism[1] == null ? null : Integer.valueOf(mechanism[1]), date, phrase, span.index(),
        sentence, pronoun);
  }

  /** Words after the phrase within which an audience is the one met ("gặp mặt, động viên, khen thưởng 3 nam sinh"). */
  static final int AUDIENCE_WINDOW = 8;

  private static final Pattern AUDIENCE_GAP = Pattern.compile("^(?:[\\s,]+[^\\s,;:()]+){0," + (AUDIENCE_WINDOW - 1)
      + "}[\\s,]+$");

  /**
   * Whether the people named are co-hosts who meet an audience, not each other: all of them before
   * the phrase, nobody named after it, and an audience (conf/events.yaml) close after it: "A and B
   * met with reporters", "A cùng B trao đổi qua điện thoại với các phóng viên".
   */
  private boolean meetAnAudience(String text, int to, List<PhraseMatcher.Match<String>> phrases, List<Named> named,
      Matchers m) {
    if (m.audiences().isEmpty()) {
      return false;
    }
    PhraseMatcher.Match<String> firstPhrase = phrases.stream().min(Comparator.comparingInt(PhraseMatcher.Match::start))
        .orElseThrow();
    int first = firstPhrase.start();
    // The first phrase's audience: "hội đàm tại Hà Nội, sau đó cùng gặp gỡ các phóng viên" met each other first.
    int last = firstPhrase.end();
    boolean namedAfter = named.stream().anyMatch(n -> n.start() >= first && (isPerson(n.actorId())
        || n.actorId().startsWith(NAME_PREFIX)));
    if (namedAfter) {
      return false;
    }
    Matcher audience = m.audiences().get().matcher(text).region(last, to).useTransparentBounds(true);
    return audience.find() && AUDIENCE_GAP.matcher(text.substring(last, audience.start()) + " ").matches();
  }

  /**
   * Kinds two phrases of the sentence make together, in the combination's order: "met Pompeo during
   * his visit" is a reception; "during his visit, Hung had working sessions with" is not.
   */
  private Set<String> combinedKinds(List<PhraseMatcher.Match<String>> phrases) {
    Set<String> made = new LinkedHashSet<>();
    for (EventDictionary.Combination combination : dictionary.combinationsOrEmpty()) {
      String first = combination.kinds().get(0);
      String second = combination.kinds().get(1);
      boolean inOrder = phrases.stream().anyMatch(a -> a.key().equals(first)
          && phrases.stream().anyMatch(b -> b.key().equals(second) && b.start() >= a.end()));
      if (inOrder) {
        made.add(first + "+" + second + "=" + combination.kind());
      }
    }
    return made;
  }

  /** An organisation's country, or the country itself. */
  private String countryOf(String side) {
    Gazetteer.Actor actor = actors.get(side);
    return actor == null ? side : actor.type().equals("country") ? side : actor.country() == null ? side : actor.country();
  }

  /**
   * Whether a phrase is part of a name: capitalised (not all capitals) right after a lower-case word of
   * its sentence, as in "Chủ tịch Hội khoa học Gặp gỡ Việt Nam" or "the Met Office". Headlines in title
   * case ("Reagan Meets Gorbachev") and a sentence's first word are phrases still.
   */
  static boolean inName(String text, int sentenceStart, int at) {
    int first = text.codePointAt(at);
    int second = at + Character.charCount(first) < text.length() ? text.codePointAt(at + Character.charCount(first)) : ' ';
    if (!Character.isUpperCase(first) || Character.isUpperCase(second)) {
      return false;
    }
    int end = at;
    while (end > sentenceStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > sentenceStart && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || end == at) {
      return false;
    }
    return Character.isLowerCase(text.codePointAt(start)) && Character.isLetter(text.codePointBefore(end));
  }

  private boolean mentionsCounterpart(String clause, String language) {
    String lower = clause.toLowerCase(java.util.Locale.ROOT);
    return dictionary.counterpartsOrEmpty().of(language).stream()
        .anyMatch(word -> lower.contains(word.toLowerCase(java.util.Locale.ROOT)));
  }

  private boolean isPerson(String actorId) {
    return actorId.startsWith(NAME_PREFIX) || (actors.containsKey(actorId) && actors.get(actorId).type().equals("person"));
  }

  /** The most specific kind among the clause's phrases and what they make with the sentence's others. */
  private String kindOf(List<PhraseMatcher.Match<String>> phrases, Set<String> combined) {
    Set<String> kinds = new LinkedHashSet<>();
    phrases.forEach(p -> kinds.add(p.key()));
    for (String made : combined) {
      String[] parts = made.split("[+=]");
      if (kinds.contains(parts[0]) || kinds.contains(parts[1])) {
        kinds.add(parts[2]);
      }
    }
    return kinds.stream().min(java.util.Comparator.comparingInt(dictionary::precedence)).orElseThrow();
  }

  /** "and the visit", "và chuyến thăm": a further interaction phrase coordinated with the last. */
  private static final Pattern COORDINATED = Pattern.compile(
      "(?:^|[\\s,;])(?:and|và|,|;)\\s+(?:(?:the|a|an|his|her|their|its|chuyến|cuộc|buổi)\\s+)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARTICLE = Pattern.compile(
      "(?:and|và)?\\s*(?:(?:the|a|an|his|her|their|its|chuyến|cuộc|buổi)\\s+)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The sentence's phrases as clauses: a phrase coordinated with the one before ("... by Tô Lâm in
   * August 2024 and the visit to Việt Nam by Xi Jinping") opens a clause of its own.
   */
  private static List<List<PhraseMatcher.Match<String>>> clauses(String text,
      List<PhraseMatcher.Match<String>> phrases) {
    List<PhraseMatcher.Match<String>> sorted = new ArrayList<>(phrases);
    sorted.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
    List<List<PhraseMatcher.Match<String>>> clauses = new ArrayList<>();
    int coveredUntil = -1;
    for (PhraseMatcher.Match<String> phrase : sorted) {
      if (clauses.isEmpty() || (phrase.start() >= coveredUntil
          && COORDINATED.matcher(text.substring(coveredUntil, phrase.start())).find())) {
        clauses.add(new ArrayList<>());
      }
      clauses.get(clauses.size() - 1).add(phrase);
      coveredUntil = Math.max(coveredUntil, phrase.end());
    }
    return clauses;
  }

  /** Where the clause of a phrase starting at {@code at} begins: before its "and the". */
  private static int clauseStart(String text, int at, int sentenceStart) {
    Matcher article = ARTICLE.matcher(text.substring(sentenceStart, at));
    return article.find() ? sentenceStart + article.start() : at;
  }

  /** The first place of the dictionary that a place preposition introduces in the sentence. */
  private String place(String sentence, Matchers m) {
    for (PhraseMatcher.Match<Integer> match : m.places().find(sentence)) {
      String before = sentence.substring(0, match.start()).stripTrailing();
      int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
      String word = before.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
      if (m.prepositions().contains(word)) {
        return dictionary.placesOrEmpty().get(match.key()).name();
      }
    }
    return null;
  }

  /** A named mechanism and its round ("the second X Dialogue", "Đối thoại X lần thứ II"), or null. */
  static String[] mechanism(String sentence, String language, Matchers m) {
    if ("vi".equals(language)) {
      return viMechanism(sentence, m.viMechanisms());
    }
    if (m.enMechanism() == null) {
      return null;
    }
    Matcher found = m.enMechanism().matcher(sentence);
    while (found.find()) {
      String name = found.group(2).strip().replaceFirst("^(?:The|This|That|A|An)\\s+", "");
      // A bare noun ("Dialogue") names no mechanism.
      if (name.indexOf(' ') < 0) {
        continue;
      }
      String ordinal = found.group(1);
      return new String[] {name, ordinal == null ? null : String.valueOf(ordinal(ordinal))};
    }
    return null;
  }

  private static int ordinal(String word) {
    int index = ORDINAL_WORDS.indexOf(word.toLowerCase(java.util.Locale.ROOT));
    return index >= 0 ? index + 1 : Integer.parseInt(word.replaceAll("\\D", ""));
  }

  static String[] viMechanism(String sentence, List<String> nouns) {
    for (String noun : nouns) {
      int at = sentence.indexOf(noun);
      while (at >= 0) {
        boolean wordStart = at == 0 || !Character.isLetter(sentence.charAt(at - 1));
        if (wordStart) {
          String[] found = viName(sentence, at, noun);
          if (found != null) {
            return found;
          }
        }
        at = sentence.indexOf(noun, at + 1);
      }
    }
    return null;
  }

  /** From the noun on, words up to a stop word or punctuation (a comma goes on before a capital). */
  private static String[] viName(String sentence, int at, String noun) {
    int end = at + noun.length();
    int i = end;
    int words = 0;
    boolean capitalised = false;
    while (i < sentence.length() && words < 12) {
      int wordStart = i;
      while (wordStart < sentence.length() && sentence.charAt(wordStart) == ' ') {
        wordStart++;
      }
      boolean comma = false;
      if (wordStart < sentence.length() && sentence.charAt(wordStart) == ',') {
        comma = true;
        wordStart++;
        while (wordStart < sentence.length() && sentence.charAt(wordStart) == ' ') {
          wordStart++;
        }
      }
      int wordEnd = wordStart;
      while (wordEnd < sentence.length() && (Character.isLetterOrDigit(sentence.charAt(wordEnd))
          || Character.getType(sentence.charAt(wordEnd)) == Character.NON_SPACING_MARK
          || sentence.charAt(wordEnd) == '-' || sentence.charAt(wordEnd) == '+')) {
        wordEnd++;
      }
      if (wordEnd == wordStart) {
        break;
      }
      String word = sentence.substring(wordStart, wordEnd);
      boolean upper = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
      if (VI_NAME_STOPS.contains(word) || (comma && !upper)) {
        break;
      }
      capitalised |= upper;
      end = wordEnd;
      i = wordEnd;
      words++;
    }
    if (!capitalised) {
      return null;
    }
    String name = sentence.substring(at, end).strip();
    Matcher round = VI_ROUND.matcher(sentence.substring(end));
    String number = null;
    if (round.lookingAt() || (round.find() && round.start() <= 2)) {
      number = String.valueOf(viNumber(round.group(1)));
    }
    return new String[] {name, number};
  }

  private static int viNumber(String word) {
    if (word.matches("\\d+")) {
      return Integer.parseInt(word);
    }
    int named = VI_NUMBERS.indexOf(word);
    if (named >= 0) {
      return named + 1;
    }
    Map<Character, Integer> roman = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);
    int total = 0;
    for (int i = 0; i < word.length(); i++) {
      int value = roman.get(word.charAt(i));
      total += i + 1 < word.length() && roman.get(word.charAt(i + 1)) > value ? -value : value;
    }
    return total;
  }

  /**
   * A document's sentences about the same people are one event: the most specific kind, the most
   * precise date the sentences give, the first place and mechanism, every side. References stay one per sentence.
   */
  private List<Found> merge(List<Found> found) {
    Map<List<String>, List<Found>> byPeople = new LinkedHashMap<>();
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      if (f.reference()) {
        out.add(f);
      } else {
        byPeople.computeIfAbsent(new ArrayList<>(new TreeSet<>(f.participants())), k -> new ArrayList<>()).add(f);
      }
    }
    List<Found> events = new ArrayList<>();
    for (List<Found> same : byPeople.values()) {
      events.add(combine(same));
    }
    // A sentence about some of an event's people that gives no date of its own ("Mr. Pompeo's visit
    // to the Ministry") is about that event, not another; the event keeps its own sentence's sides.
    for (Found event : events) {
      boolean absorbed = "document".equals(event.date().source()) && events.stream()
          .anyMatch(e -> e != event && e.participants().size() > event.participants().size()
              && e.participants().containsAll(event.participants()));
      if (!absorbed) {
        out.add(event);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Found::sentenceIndex));
    return out;
  }

  /** Several reports of one event (sentences of one document, or documents) as one. */
  Found combine(Collection<Found> same) {
    List<Found> all = new ArrayList<>(same);
    Found first = all.get(0);
    Found kind = all.stream().min(java.util.Comparator.comparingInt((Found f) -> dictionary.precedence(f.kind()))
        .thenComparingInt(Found::sentenceIndex)).orElseThrow();
    EventDates.Resolved date = all.stream().map(Found::date).min(EventDates.MOST_PRECISE).orElseThrow();
    // Each person once, as the first report writes the name.
    java.util.Map<String, String> people = new java.util.LinkedHashMap<>();
    Set<String> sides = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    for (Found f : all) {
      f.participants().forEach(p -> people.putIfAbsent(personKey(p), p));
      sides.addAll(f.sides());
      countries.addAll(f.countries());
    }
    String place = all.stream().map(Found::place).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    Found mechanism = all.stream().filter(f -> f.mechanism() != null).findFirst().orElse(null);
    return new Found(first.docId(), first.storyId(), first.language(), kind.kind(), false, List.copyOf(people.values()),
        List.copyOf(sides), List.copyOf(countries), place, mechanism == null ? null : mechanism.mechanism(),
        mechanism == null ? null : mechanism.round(), date, kind.phrase(), kind.sentenceIndex(), kind.sentence(),
        kind.pronoun());
  }
}
