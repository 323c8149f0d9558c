package io.newsatlas.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a file analysts edit (a dictionary in conf/): the configured path, or the copy bundled in
 * the jar when the setting still has its default and the file is absent (spark-submit without conf/).
 */
public final class AnalystFile {
  private AnalystFile() {}

  /** Something read from an analyst file, and where it came from (for error messages). */
  public interface Reader<T> {
    T read(InputStream in, String origin);
  }

  /**
   * @param what how to name the file in errors ("Theme dictionary")
   * @param setting the setting that holds its path ("themes.dictionary")
   * @param bundled resource path of the bundled copy
   */
  public static <T> T load(String path, boolean isDefault, String what, String setting, String bundled, Reader<T> reader) {
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) {
      ConfigException.check(isDefault, "%s %s does not exist (set %s to a YAML file)", what, path, setting);
      try (InputStream in = AnalystFile.class.getResourceAsStream(bundled)) {
        if (in == null) {
          throw new IllegalStateException(bundled + " missing from the jar; rebuild with mvn package");
        }
        return reader.read(in, "bundled " + file.getFileName());
      } catch (IOException e) {
        throw new UncheckedIOException("bundled " + bundled + " unreadable", e);
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, path);
    } catch (IOException e) {
      throw new ConfigException(what + " " + path + " cannot be read: " + e.getMessage());
    }
  }
}
