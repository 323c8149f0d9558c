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
 * "Bộ ..."), and an acronym defined in parentheses ("... Affairs (INL)"). Credits and bylines (a line
 * holding only a name) are skipped, and so are places: the bundled {@link Places}, and names after
 * a Vietnamese place word ("huyện Đông Anh", "xã Đạo Lý"). Tournaments and festivals are typed
 * {@code event}, newspapers and broadcasters {@code outlet}. Names the gazetteer already found are
 * left out by the caller.
 */
public final class Candidates {
  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";
  public static final String ACRONYM = "acronym";
  /** Capitalised words with no title or organisation word: a person, a place, an event. */
  public static final String NAME = "name";
  /** A tournament, festival or fair ("Champions League", "SEA Games"): not an actor, but worth knowing. */
  public static final String EVENT = "event";
  /** A newspaper, agency or broadcaster ("Báo Thanh Niên", "Washington Post"). */
  public static final String OUTLET = "outlet";
  /** Titles of courtesy, not of office: a person's title column prefers an office. */
  public static final java.util.List<String> HONORIFICS = java.util.List.of("ông", "bà", "anh", "chị");

  /**
   * A name found at [start, end); {@code longForm} is the spelled-out name of an acronym, {@code title}
   * the words that make a person's candidate a person ("Deputy Minister", "Bộ trưởng").
   */
  public record Candidate(String name, String kind, String longForm, String title, int start, int end) {
    Candidate(String name, String kind, String longForm, int start, int end) {
      this(name, kind, longForm, null, start, end);
    }
  }

  // "&" inside a word: "AT&T", "GD&ĐT".
  private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}’'&-]*";
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
      "(?:Bộ|Cục|Tổng cục|Ủy ban|UBND|HĐND|Đảng|Viện|Tòa án|Ngân hàng|Học viện|Đại học|ĐH|Bệnh viện|Công ty|"
          + "Trường (?:Đại học|ĐH|Cao đẳng|THPT|THCS|Tiểu học|Mầm non|Sĩ quan|Chính trị)|"
          + "Tập đoàn|Sở|Hiệp hội|Liên đoàn|Quân đội|Công an|Trung tâm|Văn phòng|Quỹ)"
          + "(?:\\s+\\p{Lu}[\\p{L}\\p{M}&-]*(?:\\s+(?!(?:và|của|với|đã|đang|sẽ|là|cho|tại|trong|về|các|những|khi|để|mong|sẵn|đề|hai|tiếp|ban|vừa|mới|chỉ|yêu|quy|hướng|có|không|được|bị|ra|họp|làm|tổ|phối|báo|nói|công|cũng|vẫn|đều|chưa|phải|cần|nêu|"
          + "trả|đưa|gửi|quyết|thực|rà|xem|ký|tăng|giảm|tiến|đánh|kiểm|chấp)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{L}\\p{M}]*)?)+");
  private static final Pattern ACRONYM_DEFINITION = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,9})\\)");
  private static final Pattern VI_TITLE = Pattern.compile(
      "(?<![\\p{L}\\p{M}])((?:Phó )?(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Bộ trưởng|Thứ trưởng|Đại sứ|"
          + "Chủ tịch|Thủ tướng|Phó Thủ tướng|Tổng Bí thư|Tổng thống|Ngoại trưởng|Giám đốc|Phó Giám đốc|Cục trưởng|"
          + "Trợ lý Ngoại trưởng|Người phát ngôn|ông|bà|anh|chị|bác sĩ|luật sư|nhà báo|GS|PGS|TS))[ \\t]+(" + WORD
          + "(?:[ \\t]+" + WORD + "){1,3})");
  private static final Set<String> TITLES = Set.of(
      "minister", "deputy", "vice", "assistant", "acting", "ambassador", "secretary", "under", "president",
      "prime", "general", "lieutenant", "senior", "major", "colonel", "director", "chairman", "chairwoman", "chief",
      "commissioner", "governor", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "politburo", "member",
      "party", "state", "foreign", "defence", "defense", "public", "security", "affairs", "of", "for", "the", "and",
      "chinese", "vietnamese", "american", "us", "u.s.", "spokesperson", "spokesman", "head", "police", "counterpart",
      "chancellor", "exchequer", "representative", "treasurer");
  /** Title words that come off the front of an organisation's name: not "American" of "American Stock Exchange". */
  private static final Set<String> LEADING_PERSON_TITLES = Set.of(
      "minister", "deputy", "vice", "assistant", "acting", "ambassador", "secretary", "under", "president", "prime",
      "general", "lieutenant", "senior", "major", "colonel", "director", "chairman", "chairwoman", "chief",
      "commissioner", "governor", "senator", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "spokesperson",
      "spokesman", "head", "chancellor");
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
      "chancellor", "exchequer", "representative", "treasurer",
      "defence", "defense", "police", "party", "foreign", "public");
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "ministry", "department", "bureau", "agency", "office", "police", "party", "committee", "council", "association",
      "group", "union", "organization", "organisation", "administration", "commission", "court", "bank", "university",
      "institute", "force", "forces", "army", "navy", "service", "services", "centre", "center", "command", "guard",
      "directorate", "ministries", "corp", "co", "corporation", "company", "inc", "ltd", "plc", "industries", "systems",
      "bộ", "cục", "sở", "ủy", "ban", "đảng", "hội", "viện", "tổng", "tòa", "ngân", "quân", "học", "ubnd", "hđnd",
      "clb", "đh", "bệnh");
  private static final Set<String> VIETNAMESE_BODIES = Set.of(
      "bộ", "cục", "sở", "ủy", "ban", "đảng", "hội", "viện", "tổng", "tòa", "ngân", "quân", "học", "công", "tập", "hiệp",
      "ubnd", "hđnd", "trường", "đại", "đh", "bệnh", "liên", "trung", "văn", "quỹ", "clb");
  private static final Set<String> NOT_NAMES = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "in", "at",
      "on", "he", "she", "they", "it", "we", "this", "that", "these", "both", "as", "after", "during", "looking",
      "regarding", "joining", "tại", "về", "trong", "theo", "sau", "khi", "agreement", "class", "các", "những");
  /** Company words: a company's name keeps its first word even when it is a title ("General Motors Corp"). */
  private static final Set<String> COMPANY_WORDS = Set.of(
      "corp", "co", "inc", "ltd", "plc", "corporation", "company", "industries", "systems");
  /** Vietnamese titles cut at their lower-case syllable ("Phó Chủ tịch", "PV Dân trí"): not a name's start. */
  private static final Set<String> VI_TITLE_STARTS = Set.of("phó", "pv", "chủ", "giám", "thủ", "tổng", "ông", "bà",
      "btv", "ctv", "trưởng", "hlv");
  /** Vietnamese words that put a place before its name: "huyện Đông Anh", "xã Đạo Lý", "TP Hồ Chí Minh". */
  private static final Pattern VI_PLACE_BEFORE = Pattern.compile(
      "(?:^|[^\\p{L}])(?:huyện|quận|xã|phường|thị xã|thị trấn|tỉnh|thành phố|TP\\.?|Tp\\.?|thôn|ấp|làng|"
          + "sông|núi|đảo|vịnh|đèo|sân bay)\\s+$");
  /** What ends a name before a company word: "Securities and Exchange Commission", "Merrill Lynch and Co Inc". */
  private static final Pattern JOINED_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{M}])(" + WORD + "(?:,?[ \\t]+" + WORD + "){0,2})[ \\t]+(?:and|&)[ \\t]+$");
  /**
   * First words after "and" that finish a name rather than start one: "Merrill Lynch and Co Inc",
   * "Securities and Exchange Commission"; not "General Motors and Chrysler Corp" (two companies).
   */
  private static final Set<String> AFTER_AND = Set.of("co", "company", "inc", "ltd", "corp", "plc", "sons", "brothers",
      "partners", "associates", "exchange", "drug", "loan", "poor", "telegraph", "development", "technology");
  private static final Pattern EVENT_NAME = Pattern.compile("(?iu)\\b(?:cup|games|championships?|olympics?|festival|"
      + "expo|tournament|grand prix|(?:champions|premier|super|europa|nations|v)[ -]league)$|^(?:giải|lễ hội)\\b");
  private static final Pattern OUTLET_NAME = Pattern.compile("(?iu)^(?:báo|tạp chí|đài|thông tấn xã|kênh)\\s|"
      + "\\b(?:times|post|journal|herald|tribune|gazette|news|daily|television|radio|tv|newspaper|magazine)$|"
      + "^(?:reuters|bloomberg|xinhua|kyodo|yonhap|cnn|bbc|afp|tass|nhk|vtv|vnexpress)$");

  private Candidates() {}

  public static List<Candidate> find(String text) {
    return find(text, null);
  }

  /**
   * @param language the document's language: in Vietnamese, capitalised words without a title or an
   *     organisation word are left out (there they are places, clubs and bylines; news gives a
   *     person a title or "ông", "bà")
   */
  public static List<Candidate> find(String text, String language) {
    List<Candidate> all = findAll(text);
    return "vi".equals(language) ? all.stream().filter(c -> !c.kind().equals(NAME)).toList() : all;
  }

  private static List<Candidate> findAll(String text) {
    Scan scan = new Scan(text, writesDiacritics(text), Credits.spans(text), new ArrayList<>());
    Matcher vi = VI_TITLE.matcher(text);
    while (vi.find()) {
      String name = vi.group(2);
      int nameStart = vi.start(2);
      String[] words = name.split("\\s+");
      if (name.chars().noneMatch(Character::isLowerCase)) {
        continue; // a headline in capitals ("FILINGS RECENTLY FILED WITH THE")
      }
      for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
        String before = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        if (isPlace(scan, before)) { // "Thủ tướng Ấn Độ Narendra Modi": the country is not the name
          name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
          nameStart = offsetOf(text, name, nameStart);
          break;
        }
      }
      if (!isOrganisation(name)) {
        add(scan, new Candidate(name, PERSON, null, vi.group(1), nameStart, nameStart + name.length()));
      }
    }
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      String name = run.group();
      int start = run.start();
      Matcher joined = JOINED_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
      // Not after another organisation: "Co Inc and General Motors Corp" are two companies.
      if (isOrganisation(name) && AFTER_AND.contains(lower(name.split("[ \\t]+")[0]))
          && joined.find() && !isPlace(scan, joined.group(1)) && !isOrganisation(joined.group(1))) {
        start -= joined.end() - joined.start();
        name = text.substring(start, run.end());
      }
      classify(scan, name, start);
    }
    Matcher viOrganisation = VI_ORGANISATION.matcher(text);
    while (viOrganisation.find()) {
      add(scan, new Candidate(viOrganisation.group(), ORGANISATION, null, viOrganisation.start(),
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
      add(scan, new Candidate(acronym.group(1), ACRONYM, spelled, acronym.start(1), acronym.end(1)));
    }
    return scan.out();
  }

  /** One text being read: whether it writes Vietnamese diacritics, its credits, and what was found. */
  private record Scan(String text, boolean diacritics, List<int[]> credits, List<Candidate> out) {}

  private static void classify(Scan scan, String run, int start) {
    String text = scan.text();
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
    int titleWords = 0;
    while (titleWords < tokens.length && VI_TITLE_STARTS.contains(lower(tokens[titleWords]))) {
      titleWords++;
    }
    if (titleWords > 0) {
      // "Phó Tổng giám đốc": a title cut at its lower-case syllable, then perhaps a name
      tokens = java.util.Arrays.copyOfRange(tokens, titleWords, tokens.length);
      if (tokens.length == 0) {
        return;
      }
    }
    run = String.join(" ", tokens);
    if (isOrganisation(run)) {
      if (VIETNAMESE_BODIES.contains(lower(tokens[0]))) {
        return; // VI_ORGANISATION reads these: their later syllables are in lower case
      }
      int from = 0;
      boolean company = COMPANY_WORDS.contains(lower(tokens[tokens.length - 1]));
      while (from < tokens.length - 1 && (NOT_NAMES.contains(lower(tokens[from])) || !company
          && LEADING_PERSON_TITLES.contains(lower(tokens[from])) && !isOrganisationWord(tokens[from]))) {
        from++;
      }
      String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
      if (name.split(" ").length >= 2) {
        int offset = offsetOf(text, name, start);
        add(scan, new Candidate(name, ORGANISATION, null, offset, offset + name.length()));
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
    // Also after a leading "Theo", "Tại": "Theo Phó Chủ tịch" holds no name.
    while (from < tokens.length && (NOT_NAMES.contains(lower(tokens[from])) || VI_TITLE_STARTS.contains(lower(tokens[from])))) {
      from++;
    }
    // "Mỹ Joe Biden", "Nhật Bản Fumio Kishida": in Vietnamese a country before a name is not part of
    // it; in English a city starts an institution's name ("Chicago Mercantile Exchange").
    for (int k = scan.diacritics() ? Math.min(3, tokens.length - from - 2) : 0; k >= 1; k--) {
      if (isPlace(scan, String.join(" ", java.util.Arrays.copyOfRange(tokens, from, from + k)))) {
        from += k;
        break;
      }
    }
    int length = tokens.length - from;
    // After a title one word is a name ("President Reagan"); without one, it takes two.
    if (length >= (personalTitle ? 1 : 2) && length <= 4 && !run.contains("\n")) {
      String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
      if (name.chars().anyMatch(Character::isLowerCase)) {
        int offset = offsetOf(text, name, start);
        String title = titled ? String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, lastTitle + 1)) : null;
        add(scan, new Candidate(name, titled ? PERSON : NAME, null, title, offset, offset + name.length()));
      }
    }
  }

  private static void add(Scan scan, Candidate candidate) {
    String text = scan.text();
    if (Credits.inside(scan.credits(), candidate.start(), candidate.end()) || isPlace(scan, candidate.name())
        || aloneOnItsLine(text, candidate) || VI_PLACE_BEFORE.matcher(
            text.substring(Math.max(0, candidate.start() - 12), candidate.start())).find()) {
      return;
    }
    String kind = EVENT_NAME.matcher(candidate.name()).find() ? EVENT
        : OUTLET_NAME.matcher(candidate.name()).find() ? OUTLET : candidate.kind();
    scan.out().add(kind.equals(candidate.kind()) ? candidate
        : new Candidate(candidate.name(), kind, candidate.longForm(), null, candidate.start(), candidate.end()));
  }

  /** Where a name cut from the run at {@code runStart} stands in the text (the run's start if its spacing differs). */
  private static int offsetOf(String text, String name, int runStart) {
    int at = text.indexOf(name, runStart);
    return at < 0 ? runStart : at;
  }

  /**
   * A place, spelled as the text spells: where the text writes Vietnamese diacritics a name must
   * carry them ("Thanh Hoa" is a woman there, not Thanh Hóa); elsewhere "Quang Ninh" is Quảng Ninh.
   */
  private static boolean isPlace(Scan scan, String name) {
    return Places.isPlace(name, scan.diacritics());
  }

  private static boolean writesDiacritics(String text) {
    return VIETNAMESE_LETTERS.matcher(text.substring(0, Math.min(text.length(), 2000))).find();
  }

  private static final Pattern VIETNAMESE_LETTERS = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯ\\x{1EA0}-\\x{1EF9}]");

  /** A byline: the reporter's or translator's name on a line of its own. */
  private static boolean aloneOnItsLine(String text, Candidate candidate) {
    // Only a short line can be a byline: look no further than that for its ends.
    int from = Math.max(0, candidate.start() - BYLINE_CHARS);
    int lineStart = candidate.start();
    while (lineStart > from && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    int to = Math.min(text.length(), candidate.end() + BYLINE_CHARS);
    int lineEnd = candidate.end();
    while (lineEnd < to && text.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    boolean wholeLine = (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
        && (lineEnd == text.length() || text.charAt(lineEnd) == '\n');
    if (!wholeLine || lineEnd - lineStart > BYLINE_CHARS) {
      return false;
    }
    String line = text.substring(lineStart, lineEnd).strip();
    return line.replaceAll("[\\p{P}\\s]+$", "").equals(candidate.name()) || BYLINE.matcher(line).matches();
  }

  /** A line of names only, joined by dashes, commas or slashes: "Ngọc Trâm - Trường Thịnh". */
  private static final Pattern BYLINE = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{M}]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}]*){0,3}"
          + "(?:[ \\t]*[-–,/][ \\t]*\\p{Lu}[\\p{L}\\p{M}]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}]*){0,3}){1,5}[ \\t]*");
  /** The longest line read as a byline. */
  private static final int BYLINE_CHARS = 120;

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
