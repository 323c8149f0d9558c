package io.newsatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsatlas.SameTables;
import io.newsatlas.SparkTestSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The packaged jar on a real Spark standalone cluster: a master and a worker started from Spark's
 * own classes as child JVMs on loopback, the job submitted as spark-submit does (SparkSubmit, client
 * mode). Its tables must equal those of a local run of the same jar on the seeds.
 *
 * <p>The cluster run deliberately differs from the local one in layout: two executors of one core
 * each (local[2] is one JVM) and spark.default.parallelism 3 (local: 2), which changes how input files
 * are packed into tasks and the shuffle partition count. Anything that depends on partitioning shows
 * up as a difference.
 *
 * <p>Needs target/newsatlas.jar and target/spark-classpath.txt (the package phase). Everything it
 * starts is stopped in {@link #stopEverything()}, and every wait has a time limit.
 */
@ExtendWith(StandaloneClusterIT.LogsOnFailure.class)
class StandaloneClusterIT {
  private static final Path BASE = Path.of("target", "cluster-it").toAbsolutePath();
  private static final Path JAR = Path.of("target", "newsatlas.jar");
  private static final Path SPARK_CLASSPATH = Path.of("target", "spark-classpath.txt");
  private static final Duration START_LIMIT = Duration.ofSeconds(120);
  // A run on the seeds takes one to four minutes on a 2-core machine, both runs share it, and it
  // took 13 minutes while other builds loaded the machine 8-fold.
  private static final Duration RUN_LIMIT = Duration.ofMinutes(20);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(20);
  private static final int EXECUTORS = 2;

  private static final Map<String, Process> started = new LinkedHashMap<>();
  private static final Map<String, Path> logs = new LinkedHashMap<>();
  private static final Map<String, Duration> timings = new LinkedHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Thread lastResort = new Thread(StandaloneClusterIT::killEverything);

  private static int masterPort;
  private static int masterWebUi;
  private static Path workDir;
  private static Path clusterOut;
  private static Path localOut;

  @BeforeAll
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  static void runOnClusterAndLocally() throws Exception {
    Runtime.getRuntime().addShutdownHook(lastResort);
    try {
      long t0 = System.nanoTime();
      assertThat(JAR).as("run mvn package first").isRegularFile();
      assertThat(SPARK_CLASSPATH).as("run mvn package first").isRegularFile();
      deleteRecursively(BASE);
      Files.createDirectories(BASE);
      workDir = BASE.resolve("work");
      clusterOut = BASE.resolve("out-cluster");
      String classpath = Files.readString(SPARK_CLASSPATH).strip();
      List<String> flags = jvmFlags();

      // The reference: the job on the tests' local Spark with the same settings, the run the gold suite shares
      // (already made if that suite ran first), running while the cluster comes up and works.
      long localStart = System.nanoTime();
      java.util.concurrent.CompletableFuture<Duration> local = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        localOut = io.newsatlas.SeedsRun.output();
        return since(localStart);
      });

      masterPort = freePort();
      masterWebUi = freePort();
      // The REST submission server would take the fixed port 6066.
      start("master", flags, List.of("-Xmx512m", "-Dspark.master.rest.enabled=false"), classpath, Map.of(),
          "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
          "--webui-port", String.valueOf(masterWebUi));
      // A worker launches executors from $SPARK_HOME/jars, so it gets a Spark home of links to the classpath.
      start("worker", flags, List.of("-Xmx512m"), classpath,
          Map.of("SPARK_HOME", sparkHome(classpath).toString(), "SPARK_SCALA_VERSION", "2.13"),
          "org.apache.spark.deploy.worker.Worker", masterUrl(), "--host", "127.0.0.1", "--cores", "2",
          "--memory", "3g", "--webui-port", String.valueOf(freePort()), "--work-dir", workDir.toString());
      awaitWorker();
      timings.put("cluster start", since(t0));

      // What the spark-submit script runs, with the driver JVM flags it would add. Spark 4.1 gives
      // executors the same flags itself; they are set here as on a cluster whose Spark does not.
      long submitStart = System.nanoTime();
      Process driver = start("driver", flags,
          List.of("-Xmx1g", "-Dlog4j2.configurationFile=" + Path.of("target/classes/log4j2.properties").toAbsolutePath()),
          classpath, Map.of(), "org.apache.spark.deploy.SparkSubmit", Stream.concat(Stream.of(
          "--master", masterUrl(), "--deploy-mode", "client", "--class", "io.newsatlas.App",
          "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
          "--conf", "spark.ui.enabled=false",
          "--conf", "spark.executor.cores=1", "--conf", "spark.executor.memory=1g",
          "--conf", "spark.cores.max=" + EXECUTORS, "--conf", "spark.default.parallelism=3",
          "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", flags),
          JAR.toString()), job(clusterOut)).toArray(String[]::new));
      awaitExit(driver, "the job submitted to the cluster");
      timings.put("cluster run", since(submitStart));
      timings.put("local run (concurrent, or shared)", local.get(RUN_LIMIT.toMinutes(), TimeUnit.MINUTES));
    } catch (Throwable e) {
      printLogTails();
      throw e;
    }
  }

  @AfterAll
  static void stopEverything() {
    long t0 = System.nanoTime();
    List<Process> all = new ArrayList<>(started.values());
    java.util.Collections.reverse(all);
    all.forEach(StandaloneClusterIT::stop);
    started.clear();
    timings.put("stop", since(t0));
    System.out.println("StandaloneClusterIT timings: " + timings);
    try {
      Runtime.getRuntime().removeShutdownHook(lastResort);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook runs anyway.
    }
  }

  @Test
  void theJobRanOnTheWorkersExecutors() throws IOException, InterruptedException {
    JsonNode manifest = JSON.readTree(clusterOut.resolve("run_manifest.json").toFile());
    assertThat(manifest.get("spark_master").asText()).isEqualTo(masterUrl());
    assertThat(JSON.readTree(localOut.resolve("run_manifest.json").toFile()).get("spark_master").asText())
        .isEqualTo("local[2]");
    // Spark starts executors with jdk.incubator.vector, and bin/newsatlas (and .mvn/jvm.config) the
    // local JVM: both round alike, which the topic weights need to be identical.
    assertThat(manifest.get("blas").asText()).isEqualTo("VectorBLAS");
    // Wall time per stage is recorded, on the cluster as locally.
    assertThat(manifest.get("timings_ms").fieldNames()).toIterable()
        .contains("list", "read", "normalise", "language", "dates", "stories", "write", "themes", "actors");

    // The worker's work dir holds the application, one folder per executor, and their task logs.
    List<Path> apps = list(workDir);
    assertThat(apps).hasSize(1);
    assertThat(apps.get(0).getFileName().toString()).startsWith("app-");
    List<Path> executors = list(apps.get(0));
    assertThat(executors).hasSize(EXECUTORS);
    Map<String, Long> tasksByExecutor = new LinkedHashMap<>();
    for (Path executor : executors) {
      assertThat(executor.resolve("newsatlas.jar")).as("the jar fetched by executor " + executor).isRegularFile();
      try (Stream<String> lines = Files.lines(executor.resolve("stderr"), StandardCharsets.UTF_8)) {
        tasksByExecutor.put(executor.getFileName().toString(),
            lines.filter(l -> l.contains("Executor: Finished task")).count());
      }
    }
    System.out.println("StandaloneClusterIT: tasks finished per executor " + tasksByExecutor + " in " + apps.get(0));
    // The ~150 jobs of a run on the seeds spread over both executors.
    assertThat(tasksByExecutor.values()).allSatisfy(tasks -> assertThat(tasks).isGreaterThan(10));

    // And the master saw the application finish.
    JsonNode master = masterJson();
    assertThat(master.get("completedapps")).hasSize(1);
    assertThat(master.get("completedapps").get(0).get("name").asText()).isEqualTo("newsatlas");
    assertThat(master.get("completedapps").get(0).get("state").asText()).isEqualTo("FINISHED");
  }

  @Test
  void everyTableIsTheSameAsInALocalRun() throws IOException {
    assertThat(SameTables.differences(SparkTestSession.get(), clusterOut, localOut)).isEmpty();
    for (String graph : List.of("graphs/actors.graphml", "graphs/actors.gexf")) {
      assertThat(Files.readString(clusterOut.resolve(graph))).as(graph)
          .isEqualTo(Files.readString(localOut.resolve(graph)));
    }
  }

  /**
   * The job's arguments, those of the shared local run ({@link io.newsatlas.SeedsRun#SETS}): the default Gibbs engine,
   * whose counts are integers merged alike in any task order, its partitions (the seeds' tokens in three) sampling in
   * rounds on the cluster's executors as on a real corpus; the report is drawn on the driver from the compared tables.
   */
  private static Stream<String> job(Path output) {
    return Stream.concat(Stream.of("--input", "seeds", "--output", relative(output)),
        java.util.Arrays.stream(io.newsatlas.SeedsRun.SETS).flatMap(setting -> Stream.of("--set", setting)));
  }

  // ---- child JVMs

  /** Spark's JVM flags, kept in one place for the build: .mvn/jvm.config. */
  private static List<String> jvmFlags() throws IOException {
    return Arrays.stream(Files.readString(Path.of(".mvn", "jvm.config")).strip().split("\\s+")).toList();
  }

  private static Process start(String name, List<String> flags, List<String> jvmOptions, String classpath,
      Map<String, String> env, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(List.of(args));
    Path log = BASE.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().putAll(env);
    Process process = builder.start();
    started.put(name, process);
    logs.put(name, log);
    return process;
  }

  /** Stops a child and everything it started (the worker's executors), forcibly after a grace period. */
  private static void stop(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
        handle.destroyForcibly();
      } catch (InterruptedException e) {
        handle.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void killEverything() {
    for (Process process : started.values()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  private static void awaitExit(Process process, String what) throws InterruptedException {
    if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError(what + " did not finish within " + RUN_LIMIT + " (logs below)");
    }
    assertThat(process.exitValue()).as("exit code of " + what + " (logs below)").isZero();
  }

  /** Polls the master's JSON until the worker has registered, failing early if either JVM died. */
  private static void awaitWorker() throws InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (String name : List.of("master", "worker")) {
        if (!started.get(name).isAlive()) {
          throw new AssertionError("the " + name + " exited with " + started.get(name).exitValue() + " while starting (logs below)");
        }
      }
      try {
        if (masterJson().path("aliveworkers").asInt() >= 1) {
          return;
        }
      } catch (IOException notUpYet) {
        // The master is still starting.
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no worker registered with the master within " + START_LIMIT + " (logs below)");
  }

  private static JsonNode masterJson() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + masterWebUi + "/json/")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("master answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  /** What a Spark distribution has and the worker needs: $SPARK_HOME/jars. Links are enough. */
  private static Path sparkHome(String classpath) throws IOException {
    Path jars = Files.createDirectories(BASE.resolve("spark-home").resolve("jars"));
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return jars.getParent();
  }

  private static String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Relative to the project folder, as a user would type it: the driver must qualify it for the executors. */
  private static String relative(Path path) {
    return Path.of("").toAbsolutePath().relativize(path).toString();
  }

  private static Duration since(long nanos) {
    return Duration.ofMillis((System.nanoTime() - nanos) / 1_000_000);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  // ---- what CI prints when something goes wrong

  static void printLogTails() {
    Map<String, Path> all = new LinkedHashMap<>(logs);
    if (workDir != null && Files.isDirectory(workDir)) {
      try (Stream<Path> files = Files.walk(workDir)) {
        files.filter(p -> p.getFileName().toString().equals("stderr"))
            .forEach(p -> all.put("executor " + workDir.relativize(p.getParent()), p));
      } catch (IOException | UncheckedIOException e) {
        System.out.println("cannot list " + workDir + ": " + e);
      }
    }
    all.forEach((name, log) -> {
      System.out.println("----- last lines of the " + name + " log (" + log + ")");
      try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
        List<String> all1 = lines.toList();
        all1.subList(Math.max(0, all1.size() - 40), all1.size()).forEach(System.out::println);
      } catch (IOException | UncheckedIOException e) {
        System.out.println("(unreadable: " + e + ")");
      }
    });
  }

  /** A failing test prints the tails of every log, so CI output explains it. */
  static final class LogsOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      printLogTails();
    }
  }
}
