package io.newsatlas.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.newsatlas.config.FieldMapping;
import io.newsatlas.config.IngestSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Parquet inputs, read by Spark's own (splittable, columnar) reader with columns mapped by
 * {@code ingest.fields}. Rows are numbered by their index in the file (1-based, like lines).
 * Files that are not valid Parquet were already rejected by {@link SourceReader}.
 */
public final class ParquetSources {
  private ParquetSources() {}

  public static Dataset<IngestRecord> read(SparkSession spark, String root, List<InputFile> files,
      IngestSettings settings) {
    if (files.isEmpty()) {
      return spark.emptyDataset(Encoders.bean(IngestRecord.class));
    }
    String[] paths = files.stream().map(InputFile::uri).toArray(String[]::new);
    Dataset<Row> table = spark.read().option("mergeSchema", "true").parquet(paths);
    List<String> columns = Arrays.asList(table.columns());
    FieldMapping fields = settings.fields();
    Optional<String> text = pick(columns, fields.text());
    if (text.isEmpty()) {
      return spark.createDataset(files.stream().map(file -> IngestRecord.reject(file.relativePath(), null, "parquet",
          file.size(), RejectReason.MISSING_TEXT,
          "no text column: the Parquet columns are " + columns + "; set ingest.fields.text to one of them", null))
          .toList(), Encoders.bean(IngestRecord.class));
    }
    List<Column> selected = new ArrayList<>();
    selected.add(col("_metadata.file_path").as("_file"));
    selected.add(col("_metadata.row_index").as("_row"));
    selected.add(mapped(columns, fields.text(), "_text"));
    selected.add(mapped(columns, fields.title(), "_title"));
    selected.add(mapped(columns, fields.date(), "_date"));
    selected.add(lit(pick(columns, fields.date()).orElse(null)).cast("string").as("_date_field"));
    selected.add(mapped(columns, fields.url(), "_url"));
    selected.add(mapped(columns, fields.outlet(), "_outlet"));
    selected.add(mapped(columns, fields.language(), "_language"));
    selected.add(mapped(columns, fields.id(), "_id"));
    String rootPath = new Path(root).toUri().getPath();
    String textColumn = text.get();
    return table.select(selected.toArray(Column[]::new)).map((MapFunction<Row, IngestRecord>) row -> {
      String relative = InputListing.relativePath(rootPath, new Path(row.<String>getAs("_file")));
      long rowNumber = row.<Long>getAs("_row") + 1;
      String body = row.getAs("_text");
      if (body == null || body.isBlank()) {
        return IngestRecord.reject(relative, rowNumber, "parquet", 0, RejectReason.EMPTY,
            "row " + rowNumber + " has an empty " + textColumn + " column", null);
      }
      IngestRecord doc = IngestRecord.document(relative, rowNumber, "parquet", "UTF-8",
          body.getBytes(StandardCharsets.UTF_8).length, body);
      doc.setTitle(row.getAs("_title"));
      String date = row.getAs("_date");
      if (date != null) {
        doc.setDateValue(date);
        doc.setDateField("field:" + row.getAs("_date_field"));
      }
      doc.setUrl(row.getAs("_url"));
      doc.setOutlet(row.getAs("_outlet"));
      doc.setLanguageValue(row.getAs("_language"));
      doc.setExternalId(row.getAs("_id"));
      return doc;
    }, Encoders.bean(IngestRecord.class));
  }

  private static Column mapped(List<String> columns, List<String> names, String alias) {
    return pick(columns, names).map(name -> col("`" + name + "`").cast("string"))
        .orElse(lit(null).cast("string")).as(alias);
  }

  private static Optional<String> pick(List<String> columns, List<String> names) {
    if (names == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String column : columns) {
        if (column.equalsIgnoreCase(name)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }
}
