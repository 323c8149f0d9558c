package io.newsatlas.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata lines at the top of a plain-text article, removed from the body:
 * <ul>
 *   <li>{@code # key = value} lines (the UNC/Dân Trí corpus: doc_id, url, date);
 *   <li>a leading {@code date 2026-02-13} before the first words (the bundled seeds).
 * </ul>
 */
public final class TextHeaders {
  private static final Pattern HASH_LINE = Pattern.compile("^#\\s*([A-Za-z_][\\w-]*)\\s*[=:]\\s*(.*?)\\s*$");
  private static final Pattern DATE_PREFIX =
      Pattern.compile("^\\s*date\\s*[=:]?\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{8})\\b[ \\t]*");

  private TextHeaders() {}

  /** Header values by lower-case key, and the text without them. */
  public record Parsed(Map<String, String> headers, String body) {
    public String value(String key) {
      return headers.get(key);
    }
  }

  public static Parsed parse(String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int start = 0;
    while (start < body.length()) {
      int end = body.indexOf('\n', start);
      String line = body.substring(start, end < 0 ? body.length() : end);
      Matcher m = HASH_LINE.matcher(line);
      if (!m.matches()) {
        break;
      }
      headers.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      start = end < 0 ? body.length() : end + 1;
    }
    body = body.substring(start);
    Matcher date = DATE_PREFIX.matcher(body);
    if (!headers.containsKey("date") && date.find()) {
      headers.put("date", date.group(1));
      body = body.substring(date.end());
    }
    return new Parsed(headers, body);
  }
}
