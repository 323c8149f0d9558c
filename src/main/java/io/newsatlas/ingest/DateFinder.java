package io.newsatlas.ingest;

import io.newsatlas.config.DateSettings;
import io.newsatlas.text.Sentences;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's own date, in order of trust: a metadata field or header line, a dateline
 * (a line that is only a date, or a date opening the article), a day in the first paragraph, the
 * file name. A day and month without a year stays partial here; {@link PartialDates} may resolve
 * it later with evidence from the corpus.
 */
public final class DateFinder {
  private static final Pattern FILE_NAME_DATE = Pattern.compile(
      "(?<![0-9A-Za-z])((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?![0-9])");
  /** Letters left on a dateline besides the date itself: a weekday, "Updated", a time zone. */
  private static final int MAX_DATELINE_EXTRA_WORDS = 3;
  /** A date this close to the start of a line opens it ("Chiều 13/2, tại Hà Nội ..."). */
  private static final int DATELINE_OPENING_CHARS = 40;
  /** The first line with at least this many words is the first paragraph. */
  private static final int PARAGRAPH_MIN_WORDS = 8;

  private final DateSettings settings;

  public DateFinder(DateSettings settings) {
    this.settings = settings;
  }

  /**
   * @param fieldValue a date from metadata (JSON/CSV/Parquet field or header line), or null
   * @param fieldSource how that value was given ({@code field:date}, {@code header_line})
   */
  public DateFinding find(String text, String fieldValue, String fieldSource, String fileName) {
    if (fieldValue != null && !fieldValue.isBlank()) {
      DateMention parsed = DateExpressions.parseValue(fieldValue);
      if (parsed != null) {
        return new DateFinding(parsed, fieldSource, fieldSource.replace('_', ' ') + " '" + fieldValue.trim() + "'",
            Sentences.around(text, 0, 0));
      }
    }
    DateFinding dateline = dateline(text);
    if (dateline != null) {
      return dateline;
    }
    DateFinding firstParagraph = firstParagraph(text);
    if (firstParagraph != null) {
      return firstParagraph;
    }
    return fromFileName(fileName);
  }

  private DateFinding dateline(String text) {
    int offset = 0;
    int seen = 0;
    while (offset < text.length() && seen < settings.datelineLines()) {
      int end = text.indexOf('\n', offset);
      end = end < 0 ? text.length() : end;
      String line = text.substring(offset, end);
      if (!line.isBlank()) {
        seen++;
        List<DateMention> mentions = DateExpressions.find(line);
        DateMention first = mentions.isEmpty() ? null : mentions.get(0);
        if (first != null && isDocumentDate(first)) {
          String rest = line.substring(0, first.start()) + " " + line.substring(first.end());
          boolean alone = words(rest) <= MAX_DATELINE_EXTRA_WORDS;
          boolean opening = first.start() <= DATELINE_OPENING_CHARS;
          if (alone || opening) {
            DateMention inText = shift(first, offset, text);
            return new DateFinding(inText, "dateline", "dateline '" + first.expression() + "'", inText.sentence());
          }
        }
        DateMention bare = DateExpressions.datelineBare(line, offset, text);
        if (bare != null) {
          return new DateFinding(bare, "dateline", "dateline '" + bare.expression() + "'", bare.sentence());
        }
      }
      offset = end + 1;
    }
    return null;
  }

  private DateFinding firstParagraph(String text) {
    int offset = 0;
    while (offset < text.length()) {
      int end = text.indexOf('\n', offset);
      end = end < 0 ? text.length() : end;
      String line = text.substring(offset, end);
      if (words(line) >= PARAGRAPH_MIN_WORDS) {
        for (DateMention mention : DateExpressions.find(line)) {
          if (isDocumentDate(mention)) {
            DateMention inText = shift(mention, offset, text);
            return new DateFinding(inText, "text", "'" + mention.expression() + "' in the first paragraph",
                inText.sentence());
          }
        }
        return null;
      }
      offset = end + 1;
    }
    return null;
  }

  private static DateFinding fromFileName(String fileName) {
    if (fileName != null) {
      String name = fileName.substring(fileName.lastIndexOf('/') + 1);
      Matcher m = FILE_NAME_DATE.matcher(name);
      if (m.find()) {
        DateMention mention = new DateMention(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)),
            Integer.valueOf(m.group(3)), m.group(), 0, 0, null);
        try {
          mention.firstDay();
          return new DateFinding(mention, "file_name", "file name '" + name + "'", null);
        } catch (java.time.DateTimeException e) {
          return DateFinding.NONE;
        }
      }
    }
    return DateFinding.NONE;
  }

  /** A publication date names a day: "13/2" or "September 5", not "September 2025". */
  private static boolean isDocumentDate(DateMention mention) {
    return mention.precision() == DatePrecision.DAY || mention.precision() == DatePrecision.MONTH_DAY;
  }

  private static DateMention shift(DateMention m, int offset, String text) {
    return new DateMention(m.year(), m.month(), m.day(), m.expression(), m.start() + offset, m.end() + offset,
        Sentences.around(text, m.start() + offset, m.end() + offset));
  }

  private static int words(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetter(s.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
