package io.newsatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README lists every output table exactly as Tables declares it. */
class ReadmeTablesTest {
  @Test
  void readmeHoldsTheDeclaredTables() throws IOException {
    String expected = Tables.markdown();
    // When a table changes, paste this file's content into README.md between the table markers.
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/README-tables.md"), expected);
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("<!-- tables:start -->\n");
    int end = readme.indexOf("<!-- tables:end -->");
    assertThat(start).as("README.md has a <!-- tables:start --> marker").isNotNegative();
    assertThat(readme.substring(start + "<!-- tables:start -->\n".length(), end).strip())
        .as("README table list; regenerate it from target/README-tables.md")
        .isEqualTo(expected.strip());
  }

  @Test
  void columnNamesAreSnakeCaseAndUnique() {
    for (TableSpec table : Tables.ALL) {
      assertThat(table.columns()).extracting(ColumnSpec::name).doesNotHaveDuplicates()
          .allSatisfy(name -> assertThat(name).matches("[a-z][a-z0-9_]*"));
      assertThat(table.columns()).extracting(ColumnSpec::name).containsAll(table.sortKey());
    }
  }
}
