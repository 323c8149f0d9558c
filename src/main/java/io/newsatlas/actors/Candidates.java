package io.newsatlas.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovery: person-like and organisation-like names that the gazetteer does not know, so analysts
 * can grow it. Three signals: a title before a name ("Minister X", "Deputy Minister X", "Đại tướng
 * X", "Bộ trưởng X"), a run of capitalised words with an organisation word in it ("Bureau of ...",
 * "Bộ ..."), and an acronym defined in parentheses ("... Affairs (INL)"). Credits and bylines are
 * skipped; names the gazetteer already found are left out by the caller.
 */
public final class Candidates {
  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";
  public static final String ACRONYM = "acronym";
  /** Capitalised words with no title or organisation word: a person, a place, an event. */
  public static final String NAME = "name";

  /** A name found at [start, end); {@code longForm} is the spelled-out name of an acronym. */
  public record Candidate(String name, String kind, String longForm, int start, int end) {}

  private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}’'-]*";
  /** A capitalised word, or an initial before one: "Thomas A. Bussiere", "George P. Shultz". */
  // Not the "S." of "U.S.", nor "B." before a sentence's "The".
  private static final String WORD = "(?:(?<![\\p{L}\\p{M}.])\\p{Lu}\\.(?=[ \\t]+(?!(?:The|He|She|It|In|A|An|This|They|We)\\b)"
      + "\\p{Lu}\\p{Ll})|" + CAPITALISED + ")";
  /** Capitalised words, with "of", "for", "the" between them, on one line. */
  // Bounded: Java's regex recurses per repetition, and a line of capitals would overflow the stack.
  private static final Pattern RUN = Pattern.compile(WORD + "(?:[ \\t]+(?:(?:of|for|the)[ \\t]+)*" + WORD + "){0,15}");
  /** The same with "and": only to spell out an acronym ("Narcotics and Law Enforcement Affairs (INL)"). */
  private static final Pattern LONG_RUN =
      Pattern.compile(WORD + "(?:[ \\t]+(?:(?:of|for|the|and|on)[ \\t]+)*" + WORD + "){0,15}");
  /** Vietnamese bodies: "Bộ Công an", "Bộ Ngoại giao Hoa Kỳ", "Đảng Cộng sản Việt Nam". */
  private static final Pattern VI_ORGANISATION = Pattern.compile(
      "(?:Bộ|Cục|Tổng cục|Ủy ban|Đảng|Viện|Tòa án|Ngân hàng|Học viện|Công ty|Tập đoàn|Sở|Hiệp hội|Quân đội)"
          + "(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+(?!(?:và|của|với|đã|đang|sẽ|là|cho|tại|trong|về|các|những|khi|để|mong|sẵn|đề|hai|tiếp)\\b)\\p{Ll}[\\p{L}\\p{M}]*)?)+");
  private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,9})\\)");
  private static final Pattern VI_TITLE = Pattern.compile(
      "(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Bộ trưởng|Thứ trưởng|Đại sứ|"
          + "Chủ tịch|Thủ tướng|Phó Thủ tướng|Tổng Bí thư|Tổng thống|Ngoại trưởng|Giám đốc|Phó Giám đốc|Cục trưởng|"
          + "Trợ lý Ngoại trưởng|Người phát ngôn|ông|bà)\\s+(" + WORD + "(?:\\s+" + WORD + "){1,3})");
  private static final Set<String> TITLES = Set.of(
      "minister", "deputy", "vice", "assistant", "acting", "ambassador", "secretary", "under", "president",
      "prime", "general", "lieutenant", "senior", "major", "colonel", "director", "chairman", "chairwoman", "chief",
      "commissioner", "governor", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "politburo", "member",
      "party", "state", "foreign", "defence", "defense", "public", "security", "affairs", "of", "for", "the", "and",
      "chinese", "vietnamese", "american", "us", "u.s.", "spokesperson", "spokesman", "head", "police", "counterpart");
  /** Titles of a person, after which one word is a name. */
  private static final Set<String> PERSONAL = Set.of(
      "minister", "ambassador", "secretary", "president", "general", "colonel", "director", "chairman",
      "chairwoman", "chief", "commissioner", "governor", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
      "dr.", "spokesperson", "spokesman", "counterpart");
  /** Title words that end right before a person's name. */
  private static final Set<String> PERSON_TITLES = Set.of(
      "minister", "ambassador", "secretary", "president", "general", "colonel", "director", "chairman",
      "chairwoman", "chief", "commissioner", "governor", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
      "dr.", "member", "counterpart", "spokesperson", "spokesman", "head", "affairs", "security", "state",
      "defence", "defense", "police", "party", "foreign", "public");
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "ministry", "department", "bureau", "agency", "office", "police", "party", "committee", "council", "association",
      "group", "union", "organization", "organisation", "administration", "commission", "court", "bank", "university",
      "institute", "force", "forces", "army", "navy", "service", "services", "centre", "center", "command", "guard",
      "directorate", "ministries", "corp", "corporation", "company", "inc", "ltd", "plc", "industries", "systems",
      "bộ", "cục", "sở", "ủy", "ban", "đảng", "hội", "viện", "tổng", "tòa", "ngân", "quân", "học");
  private static final Set<String> VIETNAMESE_BODIES = Set.of(
      "bộ", "cục", "sở", "ủy", "ban", "đảng", "hội", "viện", "tổng", "tòa", "ngân", "quân", "học", "công", "tập", "hiệp");
  private static final Set<String> NOT_NAMES = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "in", "at",
      "on", "he", "she", "they", "it", "we", "this", "that", "these", "both", "as", "after", "during", "looking",
      "regarding", "joining", "tại", "về", "trong", "theo", "sau", "khi");

  private Candidates() {}

  public static List<Candidate> find(String text) {
    List<int[]> credits = Credits.spans(text);
    List<Candidate> out = new ArrayList<>();
    Matcher vi = VI_TITLE.matcher(text);
    while (vi.find()) {
      String name = vi.group(1);
      if (!isOrganisation(name)) {
        add(out, credits, new Candidate(name, PERSON, null, vi.start(1), vi.end(1)));
      }
    }
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      classify(text, run.group(), run.start(), out, credits);
    }
    Matcher viOrganisation = VI_ORGANISATION.matcher(text);
    while (viOrganisation.find()) {
      add(out, credits, new Candidate(viOrganisation.group(), ORGANISATION, null, viOrganisation.start(),
          viOrganisation.end()));
    }
    Matcher acronym = ACRONYM_DEFINITION.matcher(text);
    while (acronym.find()) {
      String before = text.substring(Math.max(0, acronym.start() - 160), acronym.start()).stripTrailing();
      Matcher longForm = LONG_RUN.matcher(before);
      String spelled = null;
      while (longForm.find()) {
        if (longForm.end() == before.length()) {
          spelled = longForm.group();
        }
      }
      add(out, credits, new Candidate(acronym.group(1), ACRONYM, spelled, acronym.start(1), acronym.end(1)));
    }
    return out;
  }

  private static void classify(String text, String run, int start, List<Candidate> out, List<int[]> credits) {
    if (run.chars().noneMatch(Character::isLowerCase)) {
      return; // an all-capitals headline, not a name
    }
    run = run.replaceAll("['’]s$", ""); // "Chirac's" is Chirac
    String[] all = run.split("[ \\t]+");
    int end = all.length;
    while (end > 0 && NOT_NAMES.contains(lower(all[end - 1]))) {
      end--;
    }
    String[] tokens = java.util.Arrays.copyOf(all, end);
    if (tokens.length == 0) {
      return;
    }
    run = String.join(" ", tokens);
    if (isOrganisation(run)) {
      if (VIETNAMESE_BODIES.contains(lower(tokens[0]))) {
        return; // VI_ORGANISATION reads these: their later syllables are in lower case
      }
      int from = 0;
      while (from < tokens.length - 1 && (TITLES.contains(lower(tokens[from])) && !isOrganisationWord(tokens[from]))) {
        from++;
      }
      String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
      if (name.split(" ").length >= 2) {
        int offset = start + run.indexOf(name);
        add(out, credits, new Candidate(name, ORGANISATION, null, offset, offset + name.length()));
      }
      return;
    }
    // "French Prime Minister Jacques Chirac", "Minister of Public Security Lương Tam Quang": the name is
    // what follows the last title word.
    int lastTitle = -1;
    for (int i = 0; i < tokens.length - 1; i++) {
      if (TITLES.contains(lower(tokens[i])) && !NOT_NAMES.contains(lower(tokens[i]))) {
        lastTitle = i;
      }
    }
    boolean titled = lastTitle >= 0 && PERSON_TITLES.contains(lower(tokens[lastTitle]));
    // One word makes a name only after a personal title ("President Reagan"), not after a
    // department word ("... Security Dialogue").
    boolean personalTitle = lastTitle >= 0 && PERSONAL.contains(lower(tokens[lastTitle]));
    int from = lastTitle + 1;
    while (from < tokens.length && NOT_NAMES.contains(lower(tokens[from]))) {
      from++;
    }
    int length = tokens.length - from;
    // After a title one word is a name ("President Reagan"); without one, it takes two.
    if (length >= (personalTitle ? 1 : 2) && length <= 4 && !run.contains("\n")) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
      if (name.chars().anyMatch(Character::isLowerCase)) {
        int offset = start + run.lastIndexOf(name);
        add(out, credits, new Candidate(name, titled ? PERSON : NAME, null, offset, offset + name.length()));
      }
    }
  }

  private static void add(List<Candidate> out, List<int[]> credits, Candidate candidate) {
    if (!Credits.inside(credits, candidate.start(), candidate.end())) {
      out.add(candidate);
    }
  }

  private static boolean isOrganisation(String run) {
    for (String token : run.split("[ \\t]+")) {
      if (isOrganisationWord(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrganisationWord(String token) {
    return ORGANISATION_WORDS.contains(lower(token));
  }

  /** What ends a word but not its meaning: a possessive ("Ministry's" is the ministry) and trailing punctuation. */
  private static final Pattern WORD_END = Pattern.compile("(?:[’']s)?[’'.,]*$");

  private static String lower(String token) {
    return WORD_END.matcher(token.toLowerCase(Locale.ROOT)).replaceFirst("");
  }
}
