package io.newsatlas.io;

import io.newsatlas.config.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run's output folder, written atomically: everything is built in a hidden staging sibling
 * ({@code .<name>.staging-<run id>}) and swapped in by renames only when the run succeeded. A
 * failed or killed run leaves the previous output untouched. Renames are atomic on local disks and
 * HDFS; object stores copy, so there write each run to a fresh folder.
 *
 * <p>Layout: {@code tables/<name>/} Parquet, {@code charts/} PNG, {@code report.pdf},
 * {@code run_manifest.json}.
 */
public final class OutputFolder {
  public static final String MANIFEST_JSON = "run_manifest.json";
  private static final String STAGING = ".staging-";
  private static final String PREVIOUS = ".previous-";

  private final FileSystem fs;
  private final Path target;
  private final Path staging;

  private OutputFolder(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks that the output may be replaced (absent, empty, or an earlier newsatlas output) and creates
   * the staging folder. Staging folders of killed runs are removed.
   */
  public static OutputFolder prepare(String output, Configuration conf, String runId) {
    try {
      Path path = new Path(output);
      FileSystem fs = path.getFileSystem(conf);
      Path target = fs.makeQualified(path);
      ConfigException.check(target.getParent() != null, "Invalid output %s: cannot be a filesystem root", output);
      if (fs.exists(target)) {
        FileStatus status = fs.getFileStatus(target);
        ConfigException.check(status.isDirectory(),
            "Output %s is a file; give --output a folder (it is created if missing)", output);
        boolean empty = fs.listStatus(target).length == 0;
        ConfigException.check(empty || fs.exists(new Path(target, MANIFEST_JSON)),
            "Output %s exists and is not a newsatlas output (no %s in it); choose another folder, newsatlas will not replace it",
            output, MANIFEST_JSON);
      }
      Path parent = target.getParent();
      fs.mkdirs(parent);
      for (FileStatus sibling : fs.listStatus(parent)) {
        String name = sibling.getPath().getName();
        if (name.startsWith("." + target.getName() + STAGING) || name.startsWith("." + target.getName() + PREVIOUS)) {
          fs.delete(sibling.getPath(), true);
        }
      }
      Path staging = new Path(parent, "." + target.getName() + STAGING + runId);
      fs.mkdirs(staging);
      return new OutputFolder(fs, target, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), e);
    }
  }

  public Path target() {
    return target;
  }

  public Path staging() {
    return staging;
  }

  /** Where a table's Parquet files go while the run is in progress. */
  public Path table(TableSpec table) {
    return new Path(new Path(staging, "tables"), table.name());
  }

  public void writeText(String relative, String content) {
    writeBytes(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file (a chart, the PDF) through the Hadoop filesystem, so HDFS and object stores work too. */
  public void writeBytes(String relative, byte[] content) {
    try (OutputStream out = fs.create(new Path(staging, relative), true)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + relative + " in " + staging + ": " + e.getMessage(), e);
    }
  }

  /** The filesystem the output is on (readers of the staged tables need it). */
  public FileSystem fileSystem() {
    return fs;
  }

  /** Swaps the finished staging folder in place of the target; the previous output is removed after. */
  public void commit() {
    try {
      Path previous = new Path(target.getParent(), "." + target.getName() + PREVIOUS + staging.getName());
      boolean hadPrevious = fs.exists(target);
      if (hadPrevious && !fs.rename(target, previous)) {
        throw new IOException("cannot move the previous output " + target + " aside");
      }
      if (!fs.rename(staging, target)) {
        if (hadPrevious) {
          fs.rename(previous, target);
        }
        throw new IOException("cannot move " + staging + " to " + target);
      }
      if (hadPrevious) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish the output: " + e.getMessage(), e);
    }
  }

  /** Removes the staging folder of a failed run (best effort; the next run also cleans it). */
  public void abort() {
    try {
      fs.delete(staging, true);
    } catch (IOException ignored) {
      // Left for the next run's prepare() to remove.
    }
  }
}
