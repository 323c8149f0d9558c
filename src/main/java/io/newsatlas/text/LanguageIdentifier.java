package io.newsatlas.text;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newsatlas.config.LanguageSettings;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language identification with Lingua, built for the configured candidate languages only (all 75
 * need about 1.3 GB of heap). One detector per JVM and candidate set, shared by every task of an
 * executor: building it loads the n-gram models.
 */
public final class LanguageIdentifier {
  public static final String UNDETERMINED = "und";
  private static final Map<List<String>, LanguageDetector> DETECTORS = new ConcurrentHashMap<>();

  private final LanguageSettings settings;
  private final LanguageDetector detector;

  /** Best language and how sure: the margin over the runner-up (0..1; 1 when nothing else fits). */
  /** @param why for 'und' with a best guess, the setting that ruled the guess out */
  public record Result(String language, double confidence, String bestGuess, String why) {
    public Result(String language, double confidence, String bestGuess) {
      this(language, confidence, bestGuess, null);
    }
  }

  public LanguageIdentifier(LanguageSettings settings) {
    this.settings = settings;
    this.detector = DETECTORS.computeIfAbsent(List.copyOf(settings.candidates()), LanguageIdentifier::build);
  }

  private static LanguageDetector build(List<String> codes) {
    IsoCode639_1[] isoCodes = codes.stream()
        .map(code -> IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
        .toArray(IsoCode639_1[]::new);
    if (isoCodes.length == 1) {
      // Lingua needs at least two languages to compare.
      return LanguageDetectorBuilder.Companion.fromIsoCodes639_1(isoCodes[0], IsoCode639_1.EN).build();
    }
    return LanguageDetectorBuilder.Companion.fromIsoCodes639_1(isoCodes).build();
  }

  public Result identify(String text) {
    String sample = text.length() > settings.sampleChars() ? text.substring(0, settings.sampleChars()) : text;
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    // Lingua's values are relative: the best is 1.0, the others a fraction of it.
    Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().stream()
        .sorted(Map.Entry.<Language, Double>comparingByValue().reversed()).iterator();
    if (!ranked.hasNext()) {
      return new Result(UNDETERMINED, 0.0, null);
    }
    Map.Entry<Language, Double> best = ranked.next();
    if (best.getKey() == Language.UNKNOWN) {
      return new Result(UNDETERMINED, 0.0, null);
    }
    double runnerUp = ranked.hasNext() ? ranked.next().getValue() / best.getValue() : 0.0;
    double confidence = Math.max(0.0, Math.min(1.0, 1.0 - runnerUp));
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    if (confidence < settings.minConfidence()) {
      return new Result(UNDETERMINED, confidence, code, "below language.min_confidence");
    }
    if (!holdsCommonWords(sample, code)) {
      return new Result(UNDETERMINED, confidence, code,
          "but few of its common words (below language.min_common_word_share): another language");
    }
    return new Result(code, confidence, code);
  }

  /**
   * Whether a text in a Latin-script language holds enough of its common words: Lingua picks the
   * nearest candidate for a language it was not given (Swahili as Indonesian, margin 0.14, above
   * English news' 5th percentile of 0.10), but Swahili holds none of Indonesian's common words.
   * Tables of figures, and languages without a list, are left to the detector.
   */
  boolean holdsCommonWords(String text, String code) {
    java.util.Set<String> common = COMMON_WORDS.get(code);
    if (common == null || settings.minCommonWordShare() <= 0) {
      return true;
    }
    int words = 0;
    int tokens = 0;
    int hits = 0;
    for (String token : text.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}“”‘’«»–—]+")) {
      if (token.isEmpty()) {
        continue;
      }
      tokens++;
      if (token.chars().allMatch(Character::isLetter)) {
        words++;
        hits += common.contains(token) ? 1 : 0;
      }
    }
    if (words < settings.commonWordsMinWords() || words < 0.7 * tokens) {
      return true;
    }
    return (double) hits / words >= settings.minCommonWordShare();
  }

  private static final Map<String, java.util.Set<String>> COMMON_WORDS = commonWords();

  private static Map<String, java.util.Set<String>> commonWords() {
    Map<String, java.util.Set<String>> byLanguage = new java.util.HashMap<>();
    try (var in = LanguageIdentifier.class.getResourceAsStream("common-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("io/newsatlas/text/common-words.txt missing from the jar; rebuild with mvn package");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        // Vietnamese words are syllables: "của", "những" are single tokens, as split above.
        byLanguage.put(line.substring(0, colon).strip(), java.util.Set.of(
            java.text.Normalizer.normalize(line.substring(colon + 1), java.text.Normalizer.Form.NFC).strip().split("\\s+")));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return byLanguage;
  }
}
