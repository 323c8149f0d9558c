package io.newsatlas.ingest;

import io.newsatlas.config.IngestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Reads every input file on the executors: files are packed into tasks of about
 * {@code ingest.target_task_bytes}, and each task streams its files through {@link SourceReader}.
 * One pass yields documents, rejects and a summary row per file.
 */
public final class SourceFiles {
  private SourceFiles() {}

  public static Dataset<IngestRecord> read(SparkSession spark, List<InputFile> files, IngestSettings settings) {
    List<List<InputFile>> tasks = pack(files, settings.targetTaskBytes(), spark.sparkContext().defaultParallelism());
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    JavaRDD<IngestRecord> records = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(tasks, Math.max(1, tasks.size()))
        .flatMap((FlatMapFunction<List<InputFile>, IngestRecord>) task -> {
          SourceReader reader = new SourceReader(settings);
          List<IngestRecord> out = new ArrayList<>();
          for (InputFile file : task) {
            readOne(file, conf, reader, out);
          }
          return out.iterator();
        });
    return spark.createDataset(records.rdd(), Encoders.bean(IngestRecord.class));
  }

  private static void readOne(InputFile file, HadoopConf conf, SourceReader reader, List<IngestRecord> out) {
    Path path = new Path(file.uri());
    try (InputStream in = path.getFileSystem(conf.get()).open(path)) {
      reader.read(file.relativePath(), in, out::add);
    } catch (IOException e) {
      out.add(IngestRecord.reject(file.relativePath(), null, "unknown", file.size(), RejectReason.UNREADABLE,
          "cannot open: " + e.getMessage() + "; check the file's permissions", null));
      out.add(IngestRecord.file(file.relativePath(), "unknown", file.size(), null));
    }
  }

  /**
   * Largest files first, each into the least-filled task; a task holds about targetBytes, and there
   * are at least as many tasks as cores when there are that many files. Deterministic.
   */
  static List<List<InputFile>> pack(List<InputFile> files, long targetBytes, int parallelism) {
    long total = files.stream().mapToLong(InputFile::size).sum();
    int count = (int) Math.min(files.size(), Math.max(parallelism, (total + targetBytes - 1) / targetBytes));
    if (count == 0) {
      return List.of();
    }
    List<List<InputFile>> tasks = new ArrayList<>();
    long[] load = new long[count];
    PriorityQueue<Integer> lightest = new PriorityQueue<>(
        Comparator.<Integer>comparingLong(i -> load[i]).thenComparingInt(i -> i));
    for (int i = 0; i < count; i++) {
      tasks.add(new ArrayList<>());
      lightest.add(i);
    }
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::relativePath));
    for (InputFile file : bySize) {
      int task = lightest.poll();
      tasks.get(task).add(file);
      load[task] += Math.max(1, file.size());
      lightest.add(task);
    }
    tasks.forEach(task -> task.sort(Comparator.comparing(InputFile::relativePath)));
    return tasks;
  }
}
