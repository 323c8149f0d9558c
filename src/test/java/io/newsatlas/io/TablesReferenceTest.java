package io.newsatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/tables.md lists every output table exactly as Tables declares it. */
class TablesReferenceTest {
  @Test
  void tablesReferenceHoldsTheDeclaredTables() throws IOException {
    String expected = Tables.markdown();
    // When a table changes, paste this file's content into docs/tables.md between the table markers.
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/tables.md"), expected);
    String reference = Files.readString(Path.of("docs/tables.md"));
    int start = reference.indexOf("<!-- tables:start -->\n");
    int end = reference.indexOf("<!-- tables:end -->");
    assertThat(start).as("docs/tables.md has a <!-- tables:start --> marker").isNotNegative();
    assertThat(reference.substring(start + "<!-- tables:start -->\n".length(), end).strip())
        .as("docs/tables.md table list; regenerate it from target/tables.md")
        .isEqualTo(expected.strip());
  }

  @Test
  void theReadmeNamesEveryTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (TableSpec table : Tables.ALL) {
      assertThat(readme).as("README.md lists table %s", table.name()).contains("`" + table.name() + "`");
    }
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
