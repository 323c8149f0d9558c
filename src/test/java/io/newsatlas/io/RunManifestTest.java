package io.newsatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunManifestTest {
  @Test
  void inputFilesAreListedInPathOrderWhateverOrderTheyArrivedIn() {
    // Executors return file summaries in task order, which depends on the cluster's parallelism.
    RunManifest manifest = new RunManifest("r", "s", "f", "v", "17", "4.1.0", "local[2]", "VectorBLAS", "in", "conf", "{}", 42,
        List.of(new RunManifest.InputFileEntry("b/2.txt", "txt", 2, "bb"), new RunManifest.InputFileEntry("a.txt", "txt", 1, "aa"),
            new RunManifest.InputFileEntry("b/1.txt", "txt", 3, "cc")),
        List.of(), Map.of(), Map.of(), Map.of(), true);
    assertThat(manifest.inputFiles()).extracting(RunManifest.InputFileEntry::path)
        .containsExactly("a.txt", "b/1.txt", "b/2.txt");
    String json = manifest.toJson();
    assertThat(json.indexOf("\"a.txt\"")).isLessThan(json.indexOf("\"b/1.txt\"")).isLessThan(json.indexOf("\"b/2.txt\""));
  }
}
