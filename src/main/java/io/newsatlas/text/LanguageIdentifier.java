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
  public record Result(String language, double confidence, String bestGuess) {}

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
      return new Result(UNDETERMINED, confidence, code);
    }
    return new Result(code, confidence, code);
  }
}
