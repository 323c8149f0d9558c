package io.newsatlas;

import io.newsatlas.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The job on seeds/ with the default settings (months for its timelines), run once per test JVM and shared by every suite that
 * only reads its output (the gold acceptance, the notebooks): a whole run is the costliest thing a
 * test does. Its folder is under target/, so a failing suite leaves it to look at.
 */
public final class SeedsRun {
  private static final Path OUTPUT = Path.of("target", "seeds-run", "output").toAbsolutePath();
  private static Pipeline.Result result;
  /** The gold's theme timeline is by month; the default (auto) picks quarters for the seeds' span. */
  public static final String[] SETS = {"timeline.period=month"};

  private SeedsRun() {}

  public static synchronized Pipeline.Result result() {
    if (result == null) {
      try {
        if (Files.exists(OUTPUT.getParent())) {
          try (var paths = Files.walk(OUTPUT.getParent())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        Files.createDirectories(OUTPUT.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      result = new Pipeline(SparkTestSession.get(), TestSettings.load(Path.of("seeds"), OUTPUT, SETS)).run();
    }
    return result;
  }

  public static Path output() {
    result();
    return OUTPUT;
  }
}
