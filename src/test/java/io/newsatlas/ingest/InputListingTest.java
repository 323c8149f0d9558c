package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
  @Test
  void everyEntryIsReadOrSkippedWithItsReason(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "an article");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "another");
    Files.writeString(dir.resolve(".DS_Store"), "x");
    Files.createSymbolicLink(dir.resolve("loop1"), Path.of("loop2"));
    Files.createSymbolicLink(dir.resolve("loop2"), Path.of("loop1"));
    Files.createSymbolicLink(dir.resolve("broken"), Path.of("missing.txt"));
    // A link back up the tree: read naively, the folder would be listed forever.
    Files.createSymbolicLink(dir.resolve("sub/up"), dir);

    InputListing listing = InputListing.of(dir.toString(), new Configuration());

    assertThat(listing.files()).extracting(InputFile::relativePath).containsExactly("a.txt", "sub/b.txt");
    assertThat(listing.skipped()).containsExactly(
        ".DS_Store (hidden: the name starts with . or _)",
        "broken (broken symbolic link: its target does not exist)",
        "loop1 (symbolic link loop)",
        "loop2 (symbolic link loop)",
        "sub/up/ (a link to a folder already read)");
  }
}
