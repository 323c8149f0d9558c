package io.newsatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsatlas.TestSettings;
import io.newsatlas.config.SparkSettings;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SparkTuningTest {
  private static final long MIB = 1 << 20;
  private final SparkSettings defaults = TestSettings.defaults().spark();

  @Test
  void smallInputRunsInterpretedAndLargeCompiled() {
    SparkTuning small = SparkTuning.of(5_000, defaults, 2, key -> false);
    assertEquals("false", small.settings().get(SparkTuning.WHOLE_STAGE));
    assertEquals("NO_CODEGEN", small.settings().get(SparkTuning.FACTORY_MODE));
    assertTrue(small.summary().contains("interpreted"), small.summary());

    SparkTuning large = SparkTuning.of(defaults.interpretBelowBytes(), defaults, 2, key -> false);
    assertEquals("true", large.settings().get(SparkTuning.WHOLE_STAGE));
    assertEquals("FALLBACK", large.settings().get(SparkTuning.FACTORY_MODE));
    assertTrue(large.summary().endsWith("expressions compiled"), large.summary());
  }

  @Test
  void zeroThresholdAlwaysCompiles() {
    SparkTuning tuning = SparkTuning.of(1, TestSettings.defaults("spark.interpret_below_bytes=0").spark(), 2,
        key -> false);
    assertEquals("true", tuning.settings().get(SparkTuning.WHOLE_STAGE));
  }

  @Test
  void eitherCodegenKeyGivenToSparkLeavesBoth() {
    for (String given : Set.of(SparkTuning.WHOLE_STAGE, SparkTuning.FACTORY_MODE)) {
      SparkTuning tuning = SparkTuning.of(5_000, defaults, 2, given::equals);
      assertFalse(tuning.settings().containsKey(SparkTuning.WHOLE_STAGE), given);
      assertFalse(tuning.settings().containsKey(SparkTuning.FACTORY_MODE), given);
      assertTrue(tuning.summary().contains("as Spark's spark.sql.codegen settings give"), tuning.summary());
    }
  }

  @Test
  void shufflesSizedFromInputWithParallelismAsFloor() {
    SparkSettings perMib = TestSettings.defaults("spark.shuffle_partition_bytes=1048576").spark();
    assertEquals("2", SparkTuning.of(MIB, perMib, 2, key -> false).settings().get(SparkTuning.SHUFFLE_PARTITIONS));
    assertEquals("11", SparkTuning.of(10 * MIB + 1, perMib, 2, key -> false).settings()
        .get(SparkTuning.SHUFFLE_PARTITIONS));
    SparkSettings fixed = TestSettings.defaults("spark.shuffle_partitions=7").spark();
    assertEquals("7", SparkTuning.of(100 * MIB, fixed, 2, key -> false).settings()
        .get(SparkTuning.SHUFFLE_PARTITIONS));
    assertEquals(String.valueOf(defaults.adaptive()),
        SparkTuning.of(MIB, defaults, 2, key -> false).settings().get(SparkTuning.ADAPTIVE));
  }
}
