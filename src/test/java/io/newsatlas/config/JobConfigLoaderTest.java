package io.newsatlas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigLoaderTest {
  private static final Path CONF = Path.of("conf/newsatlas.yaml");

  private static JobConfig load(Path file, String... sets) {
    return JobConfigLoader.load(file, Map.of(), List.of(sets)).config();
  }

  @Test
  void defaultsFileMatchesTheDocumentedValues() {
    JobConfig config = load(CONF);
    assertThat(config.input()).isEqualTo("seeds");
    assertThat(config.output()).isEqualTo("reports/latest");
    assertThat(config.seed()).isEqualTo(42L);
    assertThat(config.ingest().minWords()).isEqualTo(20);
    assertThat(config.ingest().fallbackEncodings()).containsExactly("windows-1258", "windows-1252");
    assertThat(config.ingest().fields().text()).startsWith("text");
    assertThat(config.language().candidates()).contains("en", "vi");
    assertThat(config.spark().master()).isEmpty();
  }

  @Test
  void setOverridesNumbersListsAndSparkSettingsWithDots() {
    JobConfig config = load(CONF, "ingest.min_words=40", "language.candidates=[en, vi]",
        "spark.extra.spark.executor.memory=4g", "dates.resolve_partial=false");
    assertThat(config.ingest().minWords()).isEqualTo(40);
    assertThat(config.language().candidates()).containsExactly("en", "vi");
    assertThat(config.spark().extra()).containsEntry("spark.executor.memory", "4g");
    assertThat(config.dates().resolvePartial()).isFalse();
  }

  @Test
  void flagsOverrideTheFileAndSetOverridesFlags() {
    Map<String, String> flags = new HashMap<>();
    flags.put("input", "corpus");
    flags.put("output", null);
    JobConfig config = JobConfigLoader.load(CONF, flags, List.of("input=other")).config();
    assertThat(config.input()).isEqualTo("other");
    assertThat(config.output()).isEqualTo("reports/latest");
  }

  @Test
  void partialFileKeepsDefaultsForWhatItDoesNotSay(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "ingest:\n  min_words: 5\n");
    JobConfigLoader.Loaded loaded = JobConfigLoader.load(file, Map.of(), List.of());
    assertThat(loaded.config().ingest().minWords()).isEqualTo(5);
    assertThat(loaded.config().ingest().sampleChars()).isEqualTo(200);
    assertThat(loaded.origin()).isEqualTo(file.toString());
  }

  @Test
  void unknownKeyIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> load(CONF, "ingest.min_word=3"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Unknown setting 'ingest.min_word'")
        .hasMessageContaining("min_words");
  }

  @Test
  void wrongTypeNamesTheSettingAndTheValue() {
    assertThatThrownBy(() -> load(CONF, "ingest.min_words=many"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid ingest.min_words: 'many' (must be a whole number)");
  }

  @Test
  void outOfRangeValueNamesTheRange() {
    assertThatThrownBy(() -> load(CONF, "ingest.min_words=-1"))
        .hasMessage("Invalid ingest.min_words: -1 (must be between 0 and 100000)");
    assertThatThrownBy(() -> load(CONF, "language.candidates=[en, xx]"))
        .hasMessageContaining("'xx' is not an ISO 639-1 code");
    assertThatThrownBy(() -> load(CONF, "ingest.fallback_encodings=[klingon-8]"))
        .hasMessageContaining("'klingon-8' is not a charset");
    assertThatThrownBy(() -> load(CONF, "report.top_themes=0"))
        .hasMessage("Invalid report.top_themes: 0 (must be between 1 and 20: more lines are unreadable)");
    assertThatThrownBy(() -> load(CONF, "report.width=100"))
        .hasMessage("Invalid report.width: 100 (must be between 640 and 8000 pixels)");
    assertThatThrownBy(() -> load(CONF, "topics.restarts=0"))
        .hasMessage("Invalid topics.restarts: 0 (must be at least 1)");
    assertThatThrownBy(() -> load(CONF, "topics.final_optimizer=mallet"))
        .hasMessage("Invalid topics.final_optimizer: 'mallet' (must be one of [gibbs, online, em])");
    assertThatThrownBy(() -> load(CONF, "topics.sweeps_per_round=0"))
        .hasMessage("Invalid topics.sweeps_per_round: 0 (must be at least 1)");
    assertThatThrownBy(() -> load(CONF, "topics.gibbs_beta=0"))
        .hasMessage("Invalid topics.gibbs_beta: 0.0 (must be above 0)");
    assertThatThrownBy(() -> load(CONF, "topics.em_iterations=0"))
        .hasMessage("Invalid topics.em_iterations: 0 (must be at least 1)");
    assertThatThrownBy(() -> load(CONF, "topics.em_progress_seconds=-1"))
        .hasMessage("Invalid topics.em_progress_seconds: -1.0 (must be 0 or more)");
    assertThatThrownBy(() -> load(CONF, "topics.em_max_document_share=0"))
        .hasMessage("Invalid topics.em_max_document_share: 0.0 (must be above 0 and at most 1)");
    assertThatThrownBy(() -> load(CONF, "topics.em_doc_concentration=1"))
        .hasMessage("Invalid topics.em_doc_concentration: 1.0 (must be 0 for MLlib's 50/K + 1, or above 1)");
    assertThatThrownBy(() -> load(CONF, "topics.em_topic_concentration=0.5"))
        .hasMessage("Invalid topics.em_topic_concentration: 0.5 (must be 0 for MLlib's 1.1, or above 1)");
    // The conf's eta (0.02) is the online fits' prior: EM fits have their own, so em loads with it.
    assertThat(load(CONF, "topics.optimizer=em").topics().optimizer()).isEqualTo("em");
  }

  @Test
  void missingOrBrokenFileIsAUserError(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> load(dir.resolve("absent.yaml")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "ingest: [unclosed\n");
    assertThatThrownBy(() -> load(broken))
        .isInstanceOf(ConfigException.class).hasMessageContaining("is not valid YAML");
  }

  @Test
  void resolvedSettingsSerialiseWithTheirFileNames() {
    String json = JobConfigLoader.toJson(load(CONF));
    assertThat(json).contains("\"min_words\" : 20").contains("\"fallback_encodings\"");
  }
}
