package io.newsatlas.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo credits, bylines and agency sign-offs ("(Ảnh: Phạm Kiên/TTXVN)", "By Cong Nghiep",
 * "— VNA/VNS"): names there are the newsroom's, not actors of the story.
 */
public final class Credits {
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("\\((?:Ảnh|Photo|Nguồn|Source|Video|Clip)\\s*:[^)\\n]*\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
      Pattern.compile("(?m)^\\s*(?:Ảnh|Photo|By|Nguồn|Source|Bài và ảnh|Reporting by|Writing by|Editing by)\\s*:?\\s+[^\\n]{1,80}$"),
      Pattern.compile("(?m)[—–-]?\\s*\\b(?:VNA|VNS|TTXVN|VNA/VNS|Reuters|AFP|AP|Xinhua|TTXVN/Vietnam\\+)(?:/[A-Z+]+)*\\s*$"),
      Pattern.compile("\\((?:TTXVN|VNA|Reuters|AFP|AP|Xinhua)(?:/[A-Za-z+]+)*\\)"));

  private Credits() {}

  /** [start, end) spans of credits in the text. */
  public static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    return spans;
  }

  public static boolean inside(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (span[0] <= start && end <= span[1]) {
        return true;
      }
    }
    return false;
  }
}
