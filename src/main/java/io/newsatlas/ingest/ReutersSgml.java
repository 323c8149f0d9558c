package io.newsatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters-21578 SGML (reut2-NNN.sgm): one REUTERS element per article, not XML (no root, BODY not
 * escaped), so each record is cut out on its own. The text is the title, the dateline and the
 * body (or the unprocessed text of TYPE="UNPROC" records); DATE is the date field; NEWID the id;
 * TOPICS, PLACES, PEOPLE, ORGS and EXCHANGES become source labels.
 */
public final class ReutersSgml {
  private static final Pattern RECORD = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&#(\\d+);");
  private static final List<String> LABELS = List.of("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES");

  private ReutersSgml() {}

  /** One article: its line in the file, and what it holds. */
  public record Article(long line, String newId, String date, String text, Map<String, List<String>> labels) {}

  public static List<Article> parse(String sgml) {
    List<Article> articles = new ArrayList<>();
    Matcher record = RECORD.matcher(sgml);
    int line = 1;
    int lineCountedTo = 0;
    while (record.find()) {
      for (int i = lineCountedTo; i < record.start(); i++) {
        if (sgml.charAt(i) == '\n') {
          line++;
        }
      }
      lineCountedTo = record.start();
      String attributes = record.group(1);
      String body = record.group(2);
      Matcher id = NEWID.matcher(attributes);
      Map<String, List<String>> labels = new LinkedHashMap<>();
      for (String kind : LABELS) {
        List<String> values = new ArrayList<>();
        Matcher d = D.matcher(element(body, kind) == null ? "" : element(body, kind));
        while (d.find()) {
          values.add(d.group(1).trim());
        }
        if (!values.isEmpty()) {
          labels.put(kind.toLowerCase(Locale.ROOT), values);
        }
      }
      String title = clean(element(body, "TITLE"));
      String dateline = clean(element(body, "DATELINE"));
      String text = clean(element(body, "BODY"));
      if (text == null && body.contains("TYPE=\"UNPROC\"")) {
        text = clean(element(body, "TEXT"));
      }
      StringBuilder full = new StringBuilder();
      if (title != null) {
        full.append(title).append('\n');
      }
      if (dateline != null) {
        full.append(dateline).append(' ');
      }
      if (text != null) {
        full.append(text);
      }
      articles.add(new Article(line, id.find() ? id.group(1) : null, clean(element(body, "DATE")),
          full.toString().strip(), labels));
    }
    return articles;
  }

  private static String element(String body, String name) {
    int open = body.indexOf("<" + name);
    if (open < 0) {
      return null;
    }
    int start = body.indexOf('>', open) + 1;
    int end = body.indexOf("</" + name + ">", start);
    return end < 0 ? null : body.substring(start, end);
  }

  /** Entities decoded, control references (&#2; &#3; ...) dropped, the sign-off "Reuter" kept. */
  private static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = ENTITY.matcher(raw).replaceAll(m -> {
      int code = Integer.parseInt(m.group(1));
      return code < 32 ? "" : Matcher.quoteReplacement(String.valueOf((char) code));
    });
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    return s.isEmpty() ? null : s;
  }
}
