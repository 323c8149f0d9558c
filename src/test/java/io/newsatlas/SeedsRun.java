package io.newsatlas;

import io.newsatlas.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The job on seeds/ with the default settings (but for {@link #SETS}), run once per test JVM and shared by every suite
 * that only reads its output (the gold acceptance, the notebooks, the cluster run's reference): a whole run is the
 * costliest thing a test does. Its folder is under target/, so a failing suite leaves it to look at.
 */
public final class SeedsRun {
  private static final Path OUTPUT = Path.of("target", "seeds-run", "output").toAbsolutePath();
  private static Pipeline.Result result;
  /**
   * The gold's theme timeline is by month (the default, auto, picks quarters for the seeds' span); the Gibbs sampler
   * splits the seeds' few hundred tokens into three partitions, so the cluster run, which must give the same tables,
   * merges the rounds of several executors as on a real corpus (the default keeps the seeds in one partition), in
   * four rounds a fit rather than forty, each a Spark job.
   */
  public static final String[] SETS = {"timeline.period=month", "topics.partition_tokens=100",
      "topics.sweeps_per_round=50"};

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
