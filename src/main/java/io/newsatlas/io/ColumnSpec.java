package io.newsatlas.io;

import org.apache.spark.sql.types.DataType;

/** One column of an output table: its stable snake_case name, type and meaning. */
public record ColumnSpec(String name, DataType type, String description) {
  /** The Java bean property that holds this column: doc_id -> docId. */
  public String beanProperty() {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
