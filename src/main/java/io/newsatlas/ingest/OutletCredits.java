package io.newsatlas.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a text credits itself to when its record names none: an agency sign-off on a line or
 * after a sentence of its own at the end ("— VNA/VNS", "Reuter"; not "... with the MPS."), or a credit opening a paragraph near the start ("MPS - General To Lam
 * ...", "WASHINGTON, March 3 (Reuters) -").
 */
public final class OutletCredits {
  /** How far from either end a credit is looked for: datelines and sign-offs sit there. */
  private static final int REACH = 400;
  private static final String AGENCIES = "VNA/VNS|VNA|VNS|TTXVN|Vietnam\\+|Reuters?|AFP|AP|Xinhua|Bernama|Kyodo|MPS";
  private static final Pattern SIGN_OFF = Pattern.compile("(?:^|\\n|[.!?\"”]\\s+|[—–-]\\s*)\\(?("
      + AGENCIES + ")\\)?\\s*[./]*\\s*$");
  private static final Pattern OPENING = Pattern.compile("(?m)(?:^\\s*(" + AGENCIES + ")\\s*[-–—]\\s"
      + "|\\((" + AGENCIES + ")\\)\\s*[-–—])");
  /** Short forms as an analyst reads them. */
  private static final Map<String, String> NAMES = Map.of("reuter", "Reuters", "vna", "VNA", "vns", "VNS",
      "vietnam+", "VietnamPlus");

  private OutletCredits() {}

  /** The credited outlet, or null. */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String tail = text.substring(Math.max(0, text.length() - REACH)).strip();
    Matcher end = SIGN_OFF.matcher(tail);
    if (end.find()) {
      return name(end.group(1));
    }
    Matcher start = OPENING.matcher(text.substring(0, Math.min(text.length(), REACH)));
    if (start.find()) {
      return name(start.group(1) != null ? start.group(1) : start.group(2));
    }
    return null;
  }

  private static String name(String credit) {
    return NAMES.getOrDefault(credit.toLowerCase(Locale.ROOT), credit);
  }
}
