package io.newsatlas.config;

/** How output tables are laid out in Parquet files. */
public record TableSettings(int rowsPerFile) implements java.io.Serializable {
  void validate() {
    ConfigException.check(rowsPerFile >= 1000,
        "Invalid tables.rows_per_file: %d (must be at least 1000)", rowsPerFile);
  }
}
