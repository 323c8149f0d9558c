package io.newsatlas.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.newsatlas.text.Sentences;

/**
 * Dates as news articles write them, in English and Vietnamese: "October 31, 2020", "October, 31
 * 2020", "31 October 2020", "September 5", "September 2025", "2026-02-13", "13/2/2026", "ngày 13
 * tháng 2 năm 2026", "Chiều 13/2", "Tháng 9/2025". Text must be NFC. Numeric day/month order is
 * day first (Vietnamese and most of the world) unless only month-first makes a valid date.
 */
public final class DateExpressions {
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\d])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\d])";
  private static final String ORD = "(?:st|nd|rd|th)?";

  /** One written form: its pattern and which groups hold year, month (number or name) and day. */
  private record Form(Pattern pattern, int year, int month, int day, boolean monthIsName, boolean capitalMonth) {}

  private static final List<Form> FORMS = List.of(
      // 2026-02-13
      form(NOT_LETTER_BEFORE + "(\\d{4})-(\\d{1,2})-(\\d{1,2})" + NOT_LETTER_AFTER, 1, 2, 3, false),
      // ngày 13 tháng 2 năm 2026 / ngày 13 tháng 2
      form(NOT_LETTER_BEFORE + "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?" + NOT_LETTER_AFTER,
          3, 2, 1, false),
      // 13/2/2026, 13-2-2026, 13.2.2026
      form(NOT_LETTER_BEFORE + "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + NOT_LETTER_AFTER, 4, 3, 1, false),
      // October 31, 2020 / October, 31 2020 / Oct. 31st 2020
      form(NOT_LETTER_BEFORE + MONTH + "\\.?,?\\s+(\\d{1,2})" + ORD + "(?:,\\s*|\\s+)(\\d{4})" + NOT_LETTER_AFTER,
          3, 1, 2, true),
      // 31 October 2020 / 31st of October, 2020
      form(NOT_LETTER_BEFORE + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})" + NOT_LETTER_AFTER,
          3, 2, 1, true),
      // tháng 9/2025, tháng 9-2025, tháng 9 năm 2025
      form(NOT_LETTER_BEFORE + "tháng\\s+(\\d{1,2})\\s*(?:[/-]|\\s+năm\\s+)\\s*(\\d{4})" + NOT_LETTER_AFTER,
          2, 1, 0, false),
      // September 2025 / Sept. 2025 / September of 2025
      form(NOT_LETTER_BEFORE + MONTH + "\\.?,?\\s+(?:of\\s+)?(\\d{4})" + NOT_LETTER_AFTER, 2, 1, 0, true),
      // Chiều 13/2, ngày 13/2, sáng nay (13/2): a day and month introduced by a time word
      form(NOT_LETTER_BEFORE + "(?:rạng sáng|sáng|chiều|trưa|tối|đêm|ngày|hôm|nay)(?:\\s+nay)?\\s*\\(?\\s*"
          + "(\\d{1,2})/(\\d{1,2})" + "(?![/\\d])", 0, 2, 1, false),
      // September 5 / Sept. 5th (capitalised month, no year after)
      formCapital(NOT_LETTER_BEFORE + MONTH + "\\.?\\s+(\\d{1,2})" + ORD + "(?![\\d:])(?!\\s*,?\\s*\\d{4})"
          + NOT_LETTER_AFTER, 0, 1, 2),
      // 5 September / 5th of September (capitalised month, no year after)
      formCapital(NOT_LETTER_BEFORE + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + "(?!\\.?,?\\s+\\d{4})"
          + NOT_LETTER_AFTER, 0, 2, 1));

  // Shapes of metadata values (parseValue).
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\d{4,6})?$");
  private static final Pattern ISO_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$");
  private static final Pattern REUTERS = Pattern.compile("^(\\d{1,2})-" + MONTH + "-(\\d{4})", FLAGS);
  private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[-/](\\d{1,2})$");
  private static final Pattern EPOCH = Pattern.compile("^\\d{10}$|^\\d{13}$");
  private static final Pattern YEAR = Pattern.compile("^(1[5-9]|20|21)\\d{2}$");

  /** A bare day/month right after an upper-case place name: "HÀ NỘI, 13/2 (TTXVN) -". */
  private static final Pattern DATELINE_BARE = Pattern.compile(
      "^[\\p{Lu}\\p{M} .]{2,40}[,–—-]\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![/\\d])");

  private DateExpressions() {}

  private static Form form(String regex, int year, int month, int day, boolean monthIsName) {
    return new Form(Pattern.compile(regex, FLAGS), year, month, day, monthIsName, false);
  }

  private static Form formCapital(String regex, int year, int month, int day) {
    return new Form(Pattern.compile(regex, FLAGS), year, month, day, true, true);
  }

  /** Every valid date written in {@code text}, in order, without overlaps (the longest form wins). */
  public static List<DateMention> find(String text) {
    List<DateMention> all = new ArrayList<>();
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(text);
      while (m.find()) {
        DateMention mention = toMention(text, m, form);
        if (mention != null) {
          all.add(mention);
        }
      }
    }
    all.sort(Comparator.comparingInt(DateMention::start).thenComparing(d -> -(d.end() - d.start())));
    List<DateMention> kept = new ArrayList<>();
    int coveredUntil = -1;
    for (DateMention mention : all) {
      if (mention.start() >= coveredUntil) {
        kept.add(mention);
        coveredUntil = mention.end();
      }
    }
    return kept;
  }

  /** A date that opens a dateline such as "HÀ NỘI, 13/2 -", or null. */
  public static DateMention datelineBare(String line, int lineOffset, String text) {
    Matcher m = DATELINE_BARE.matcher(line);
    if (!m.find()) {
      return null;
    }
    Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return build(text, year, Integer.valueOf(m.group(2)), Integer.valueOf(m.group(1)),
        lineOffset + m.start(1), lineOffset + m.end(), m.group().substring(m.start(1) - m.start()));
  }

  /**
   * A date given in a metadata field: ISO dates and timestamps, yyyyMMdd, Reuters' "26-FEB-1987
   * 15:01:01.79", RFC 1123, epoch seconds or milliseconds, "2025-09" and "2025", or any form above.
   */
  public static DateMention parseValue(String value) {
    String v = value.trim();
    Matcher compact = COMPACT.matcher(v);
    if (compact.matches()) {
      return build(v, Integer.valueOf(compact.group(1)), Integer.valueOf(compact.group(2)),
          Integer.valueOf(compact.group(3)), 0, v.length(), v);
    }
    Matcher iso = ISO_VALUE.matcher(v);
    if (iso.matches()) {
      return build(v, Integer.valueOf(iso.group(1)), Integer.valueOf(iso.group(2)), Integer.valueOf(iso.group(3)),
          0, 10, v.substring(0, 10));
    }
    if (EPOCH.matcher(v).matches()) {
      long epoch = Long.parseLong(v);
      LocalDate day = Instant.ofEpochMilli(v.length() == 10 ? epoch * 1000 : epoch).atZone(ZoneOffset.UTC).toLocalDate();
      return new DateMention(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), v, 0, v.length(), v);
    }
    Matcher reuters = REUTERS.matcher(v);
    if (reuters.find()) {
      return build(v, Integer.valueOf(reuters.group(3)), monthNumber(reuters.group(2)),
          Integer.valueOf(reuters.group(1)), 0, reuters.end(), reuters.group());
    }
    Matcher yearMonth = YEAR_MONTH.matcher(v);
    if (yearMonth.matches()) {
      return build(v, Integer.valueOf(yearMonth.group(1)), Integer.valueOf(yearMonth.group(2)), null, 0, v.length(), v);
    }
    if (YEAR.matcher(v).matches()) {
      return new DateMention(Integer.valueOf(v), null, null, v, 0, v.length(), v);
    }
    List<DateMention> found = find(v);
    return found.isEmpty() ? null : found.get(0);
  }

  public static Integer monthNumber(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return MONTHS.get(key.length() > 3 ? key.substring(0, 3) : key);
  }

  private static DateMention toMention(String text, Matcher m, Form form) {
    if (form.capitalMonth()) {
      String monthWord = m.group(form.month());
      if (!Character.isUpperCase(monthWord.charAt(0))) {
        return null;
      }
    }
    Integer year = form.year() == 0 || m.group(form.year()) == null ? null : Integer.valueOf(m.group(form.year()));
    Integer month = form.monthIsName() ? monthNumber(m.group(form.month())) : Integer.valueOf(m.group(form.month()));
    Integer day = form.day() == 0 ? null : Integer.valueOf(m.group(form.day()));
    // 10/31/2020: only month-first makes a valid date.
    if (!form.monthIsName() && day != null && month != null && month > 12 && day <= 12) {
      Integer swap = month;
      month = day;
      day = swap;
    }
    return build(text, year, month, day, m.start(), m.end(), m.group());
  }

  private static DateMention build(String text, Integer year, Integer month, Integer day, int start, int end,
      String expression) {
    if (year != null && (year < 1500 || year > 2200)) {
      return null;
    }
    try {
      if (month != null) {
        // A leap year checks day-month pairs without a year: 29/2 is allowed.
        LocalDate.of(year == null ? 2000 : year, month, day == null ? 1 : day);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return new DateMention(year, month, day, expression.trim(), start, end, Sentences.around(text, start, end));
  }
}
