package io.newsatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsatlas.config.ConfigException;
import io.newsatlas.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a user sees from the command line when something is wrong: one line and exit code 2. */
class AppTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = App.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpListsEveryOption() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("--input", "--output", "--conf", "--master", "--set", "--version",
        "conf/newsatlas.yaml", "ingest.min_words = 20", "language.candidates = [\"en\",\"vi\"", "dates.resolve_partial = true",
        "report.enabled = true", "report.top_themes = 8", "report.width = 1600");
  }

  @Test
  void aBadSettingEndsTheRunWithOneLineAndExitCode2() {
    assertThat(run("--set", "ingest.min_words=-5")).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("newsatlas: Invalid ingest.min_words: -5 (must be between 0 and 100000)");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("--inptu", "seeds")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown options: '--inptu'").contains("Possible solutions: --input");
  }

  @Test
  void aMissingInputIsAUserError(@TempDir Path dir) {
    assertThatThrownBy(() -> new Pipeline(SparkTestSession.get(),
        TestSettings.load(dir.resolve("absent"), dir.resolve("out"))).run())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent does not exist");
  }

  @Test
  void aFolderThatIsNotANewsatlasOutputIsNeverReplaced(@TempDir Path dir) throws IOException {
    Path precious = dir.resolve("thesis");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("chapter1.tex"), "keep me");
    assertThatThrownBy(() -> new Pipeline(SparkTestSession.get(), TestSettings.load(Path.of("seeds"), precious)).run())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is not a newsatlas output");
    assertThat(Files.readString(precious.resolve("chapter1.tex"))).isEqualTo("keep me");
  }
}
