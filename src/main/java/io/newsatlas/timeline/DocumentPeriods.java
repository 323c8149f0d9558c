package io.newsatlas.timeline;

import io.newsatlas.ingest.DocumentRecord;
import java.sql.Date;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Stage helper shared by every timeline: each document's period (or bucket) and language. */
public final class DocumentPeriods {
  private DocumentPeriods() {}

  /** Each document's story, period (or partial/undated bucket) and language, for every timeline. */
  public static Dataset<Row> of(Dataset<DocumentRecord> documents, Granularity granularity) {
    StructType schema = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("docId", DataTypes.StringType, false),
        DataTypes.createStructField("storyId", DataTypes.StringType, false),
        DataTypes.createStructField("language", DataTypes.StringType, true),
        DataTypes.createStructField("period", DataTypes.StringType, false),
        DataTypes.createStructField("periodStart", DataTypes.DateType, true),
        DataTypes.createStructField("bucket", DataTypes.StringType, false)});
    return documents.map((MapFunction<DocumentRecord, Row>) doc -> {
      Periods.Period period = Periods.of(doc.getDate() == null ? null : doc.getDate().toLocalDate(),
          doc.getDatePrecision(), granularity);
      // A document outside any story of two or more is a story of its own.
      String story = doc.getStoryId() == null ? doc.getDocId() : doc.getStoryId();
      return RowFactory.create(doc.getDocId(), story, doc.getLanguage(), period.label(),
          period.start() == null ? null : Date.valueOf(period.start()), period.bucket());
    }, Encoders.row(schema));
  }

}
