package io.newsatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** What a run did, written as run_manifest.json and as the one-row run_manifest table. */
public record RunManifest(
    String runId,
    String startedAt,
    String finishedAt,
    String newsatlasVersion,
    String javaVersion,
    String sparkVersion,
    String sparkMaster,
    String blas,
    String input,
    String settingsOrigin,
    String settingsJson,
    long seed,
    List<InputFileEntry> inputFiles,
    List<String> skippedFiles,
    Map<String, Long> counts,
    Map<String, Long> timingsMs,
    Map<String, Long> sparkJobs,
    boolean balanced) {

  /** One input file as read: the checksum lets an analyst prove which corpus a report came from. */
  public record InputFileEntry(String path, String format, long bytes, String sha256) {}

  /** Input files in path order: they come back from the executors in an order that depends on how they were packed into tasks. */
  public RunManifest {
    inputFiles = inputFiles.stream().sorted(Comparator.comparing(InputFileEntry::path)).toList();
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Row toRow() {
    Row[] files = inputFiles.stream()
        .map(f -> RowFactory.create(f.path(), f.format(), f.bytes(), f.sha256()))
        .toArray(Row[]::new);
    return RowFactory.create(runId, startedAt, finishedAt, newsatlasVersion, javaVersion, sparkVersion, sparkMaster,
        blas, input, settingsOrigin, settingsJson, seed,
        CollectionConverters.asScala(List.of(files)).toSeq(),
        CollectionConverters.asScala(skippedFiles).toSeq(),
        CollectionConverters.asScala(new java.util.TreeMap<>(counts)),
        CollectionConverters.asScala(new java.util.TreeMap<>(timingsMs)),
        CollectionConverters.asScala(new java.util.TreeMap<>(sparkJobs)),
        balanced);
  }

  /** The version Maven filtered into the jar. */
  public static String currentVersion() {
    try (InputStream in = RunManifest.class.getResourceAsStream("/io/newsatlas/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
