package io.newsatlas;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsatlas.io.TableSpec;
import io.newsatlas.io.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;

/**
 * Whether two outputs of the job hold the same tables: the same rows both ways (exceptAll, so
 * duplicates count too), whatever the partitioning or the machine. Used for reruns and for the
 * cluster-versus-local comparison.
 */
public final class SameTables {
  /** run_manifest columns that differ between any two runs by nature: ids, clock times, the master. */
  public static final List<String> RUN_SPECIFIC_COLUMNS =
      List.of("run_id", "started_at", "finished_at", "spark_master", "timings_ms", "spark_jobs");

  private static final String ONLY_IN = "_only_in";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SameTables() {}

  /** Compares two output folders from the command line: prints each table that differs, exits 1 if any. */
  public static void main(String[] args) {
    List<String> differences = differences(SparkTestSession.get(), Path.of(args[0]), Path.of(args[1]));
    differences.forEach(System.out::println);
    System.out.println(differences.isEmpty() ? "same tables" : differences.size() + " tables differ");
    System.exit(differences.isEmpty() ? 0 : 1);
  }

  /**
   * @return one line per table that differs (row counts and a few rows only in one of the two);
   *     empty when every table of {@link Tables#ALL} is the same
   */
  public static List<String> differences(SparkSession spark, Path first, Path second) {
    List<String> differences = new ArrayList<>();
    for (TableSpec table : Tables.ALL) {
      Dataset<Row> a = comparable(table, spark.read().parquet(first.resolve("tables").resolve(table.name()).toString()));
      Dataset<Row> b = comparable(table, spark.read().parquet(second.resolve("tables").resolve(table.name()).toString()));
      // Both ways empty means the same rows, duplicates included; one Spark job per table.
      List<Row> onlyInOne = a.exceptAll(b).withColumn(ONLY_IN, lit(first.toString()))
          .unionByName(b.exceptAll(a).withColumn(ONLY_IN, lit(second.toString()))).limit(6).collectAsList();
      if (!onlyInOne.isEmpty()) {
        differences.add(String.format("%s: %d rows vs %d; %s", table.name(), a.count(), b.count(),
            describe(onlyInOne, first.toString())));
      }
    }
    return differences;
  }

  /**
   * The table as set operations can compare it: map columns as JSON (exceptAll refuses maps), and
   * for run_manifest without what is run-specific, including the output path and master among the settings.
   */
  public static Dataset<Row> comparable(TableSpec table, Dataset<Row> rows) {
    Dataset<Row> out = rows;
    if (table.equals(Tables.RUN_MANIFEST)) {
      out = out.drop(RUN_SPECIFIC_COLUMNS.toArray(String[]::new)).withColumn("settings_json",
          udf((UDF1<String, String>) SameTables::withoutRunSpecificSettings, DataTypes.StringType)
              .apply(col("settings_json")));
    }
    if (table.equals(Tables.TOPIC_MODEL_SELECTION)) {
      out = out.drop("fit_seconds"); // wall time
    }
    for (var field : out.schema().fields()) {
      if (field.dataType() instanceof MapType) {
        out = out.withColumn(field.name(), to_json(col(field.name())));
      }
    }
    return out;
  }

  static String withoutRunSpecificSettings(String settingsJson) {
    try {
      ObjectNode settings = (ObjectNode) JSON.readTree(settingsJson);
      settings.remove("output");
      if (settings.get("spark") instanceof ObjectNode spark) {
        spark.remove("master");
      }
      return JSON.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("run_manifest.settings_json is not JSON: " + settingsJson, e);
    }
  }

  /** The first row only in each output, and the columns where the two differ: usually enough to see why. */
  private static String describe(List<Row> onlyInOne, String first) {
    Row a = onlyInOne.stream().filter(r -> r.getAs(ONLY_IN).equals(first)).findFirst().orElse(null);
    Row b = onlyInOne.stream().filter(r -> !r.getAs(ONLY_IN).equals(first)).findFirst().orElse(null);
    if (a == null || b == null) {
      Row only = a == null ? b : a;
      return "a row only in " + only.getAs(ONLY_IN) + ": " + shortened(only.toString());
    }
    List<String> columns = new ArrayList<>();
    for (String column : a.schema().fieldNames()) {
      Object x = a.getAs(column);
      Object y = b.getAs(column);
      if (!column.equals(ONLY_IN) && !java.util.Objects.equals(x, y)) {
        columns.add(column + ": " + shortened(String.valueOf(x)) + " vs " + shortened(String.valueOf(y)));
      }
    }
    return "first rows only in one of them differ in " + String.join("; ", columns);
  }

  private static String shortened(String value) {
    return value.length() > 300 ? value.substring(0, 300) + "..." : value;
  }
}
