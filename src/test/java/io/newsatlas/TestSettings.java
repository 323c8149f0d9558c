package io.newsatlas;

import io.newsatlas.config.JobConfig;
import io.newsatlas.config.JobConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The bundled defaults with overrides, as a test needs them. */
public final class TestSettings {
  private TestSettings() {}

  public static JobConfigLoader.Loaded load(Path input, Path output, String... sets) {
    Map<String, String> flags = new java.util.HashMap<>();
    flags.put("input", input == null ? null : input.toString());
    flags.put("output", output == null ? null : output.toString());
    return JobConfigLoader.load(Path.of("conf/newsatlas.yaml"), flags, List.of(sets));
  }

  public static JobConfig defaults(String... sets) {
    return load(null, null, sets).config();
  }
}
