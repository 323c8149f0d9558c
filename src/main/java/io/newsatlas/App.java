package io.newsatlas;

import io.newsatlas.config.ConfigException;
import io.newsatlas.config.JobConfigLoader;
import io.newsatlas.io.RunManifest;
import io.newsatlas.pipeline.Pipeline;
import io.newsatlas.pipeline.SparkSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point for bin/newsatlas and spark-submit: parse flags, load settings, run the pipeline, exit code. */
@Command(name = "newsatlas", mixinStandardHelpOptions = true, versionProvider = App.Version.class,
    sortOptions = false,
    description = {
        "Turns a corpus of news articles (English and Vietnamese) into Parquet tables and reports.",
        "Settings: bundled defaults < conf/newsatlas.yaml (or --conf) < flags < --set."},
    footer = {"", "Exit codes: 0 done, 1 the run failed, 2 bad settings or input (nothing was written).",
        "Every setting is documented in conf/newsatlas.yaml."})
public final class App implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "PATH", description = "File or folder to read (any Hadoop URI). Default: seeds")
  String input;

  @Option(names = "--output", paramLabel = "DIR", description = "Folder to write (replaced only when the run succeeds). Default: reports/latest")
  String output;

  @Option(names = "--conf", paramLabel = "FILE", description = "Settings file. Default: conf/newsatlas.yaml if present, else the bundled defaults")
  Path conf;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077. Default: the one spark-submit gives, else local[*]")
  String master;

  @Option(names = "--topic-model", paramLabel = "DIR", description = "Weigh the documents with the topic model an earlier run saved (its output folder, or its model/ folder) instead of fitting one (topics.model)")
  String topicModel;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one setting, e.g. --set ingest.min_words=40 (repeatable)")
  List<String> sets = new ArrayList<>();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the job and returns the exit code (tests call this instead of main). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line; tests redirect its output streams. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new App()).setExecutionExceptionHandler(App::onError);
    List<String> footer = new ArrayList<>(List.of(cli.getCommandSpec().usageMessage().footer()));
    footer.add("");
    footer.add("Settings and their defaults (change with --set KEY=VALUE or in a --conf file):");
    JobConfigLoader.defaultsAsDottedKeys().forEach(line -> footer.add("  " + line));
    cli.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    return cli;
  }

  @Override
  public Integer call() {
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("input", input);
    flags.put("output", output);
    flags.put("spark.master", master);
    flags.put("topics.model", topicModel);
    JobConfigLoader.Loaded settings = JobConfigLoader.load(conf, flags, sets);
    SparkSession spark = SparkSessions.create(settings.config().spark());
    try {
      new Pipeline(spark, settings).run();
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static int onError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    if (e instanceof ConfigException) {
      commandLine.getErr().println("newsatlas: " + e.getMessage());
      return 2;
    }
    commandLine.getErr().println("newsatlas: the run failed: " + e);
    e.printStackTrace(commandLine.getErr());
    commandLine.getErr().println("newsatlas: the previous output, if any, is unchanged.");
    return 1;
  }

  /** --version: newsatlas's own version and the Spark it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newsatlas " + RunManifest.currentVersion() + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ", Java " + Runtime.version() + ")"};
    }
  }
}
