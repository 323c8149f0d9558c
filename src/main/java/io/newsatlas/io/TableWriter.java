package io.newsatlas.io;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes a table as Parquet, conformed to its declared schema and sorted by its key. */
public final class TableWriter {
  private final OutputFolder output;
  private final int rowsPerFile;

  public TableWriter(OutputFolder output, int rowsPerFile) {
    this.output = output;
    this.rowsPerFile = rowsPerFile;
  }

  /**
   * @param rows the table's row count (known to the caller), which sizes the number of files
   * @return the rows written
   */
  public long write(TableSpec table, Dataset<?> data, long rows) {
    Dataset<Row> conformed = table.conform(data);
    int files = (int) Math.max(1, (rows + rowsPerFile - 1) / rowsPerFile);
    Column[] key = table.sortKey().stream().map(c -> col(c).asc_nulls_first()).toArray(Column[]::new);
    // Range partitioning on the key makes file contents and row order independent of upstream partitioning.
    Dataset<Row> laidOut = files == 1
        ? conformed.coalesce(1).sortWithinPartitions(key)
        : conformed.repartitionByRange(files, key).sortWithinPartitions(key);
    laidOut.write().mode(SaveMode.ErrorIfExists).parquet(output.table(table).toString());
    return rows;
  }
}
