package io.newsatlas;

import io.newsatlas.io.StageContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;

/** A stage's run context for tests: keeps what a stage keeps in Spark's cache and records its counts. */
public final class TestStage implements StageContext {
  public final Map<String, Long> counts = new HashMap<>();

  @Override
  public <T> Dataset<T> keep(Dataset<T> data) {
    return data.cache();
  }

  @Override
  public <T> T step(String name, Supplier<T> work, Function<T, String> summary) {
    return work.get();
  }

  @Override
  public void manifestCount(String key, long value) {
    counts.put(key, value);
  }
}
