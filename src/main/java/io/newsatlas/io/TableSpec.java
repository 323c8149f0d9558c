package io.newsatlas.io;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output table: folder name, one-line description, columns in order, and the columns that sort
 * its rows (so reruns write rows in the same order).
 */
public record TableSpec(String name, String description, List<ColumnSpec> columns, List<String> sortKey) {

  public StructType schema() {
    return DataTypes.createStructType(columns.stream()
        .map(c -> DataTypes.createStructField(c.name(), c.type(), true))
        .toArray(StructField[]::new));
  }

  /**
   * The table's columns from a Dataset of beans (camelCase) or rows (snake_case), cast to the
   * declared types and in the declared order. A missing column is a programming error and fails here,
   * before anything is written.
   */
  public Dataset<Row> conform(Dataset<?> data) {
    Set<String> available = Arrays.stream(data.columns()).collect(Collectors.toSet());
    Column[] selected = columns.stream().map(c -> {
      String source = available.contains(c.name()) ? c.name() : c.beanProperty();
      if (!available.contains(source)) {
        throw new IllegalStateException("table " + name + ": no column " + c.name() + " in " + available);
      }
      return col(source).cast(c.type()).as(c.name());
    }).toArray(Column[]::new);
    return data.select(selected);
  }
}
