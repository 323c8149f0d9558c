package io.newsatlas.topics;

import io.newsatlas.config.TopicSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Fits LDA for each candidate K, then the most coherent K again with the final optimizer, and keeps the most coherent fit. */
public final class TopicModels {
  private TopicModels() {}

  /**
   * One fitted model and its scores.
   *
   * @param seed the seed of this fit: the job's seed, or seed + n for the chosen K's n-th restart
   * @param corpus what was fitted: termWeights and coherenceTerms index its vocabulary
   * @param termWeights per topic, the probability of every vocabulary term (rows sum to 1)
   * @param coherenceTerms per topic, the indices of its top word terms (no concepts) that were scored
   * @param model a {@link GibbsLdaModel} or MLlib's {@link LDAModel}
   * @param documentTopics docId, language, topicDistribution of every modelled document: the Gibbs
   *     fit's final sample, or MLlib's inference
   * @param logLikelihood Gibbs: log p(w, z) of the final sample; MLlib: its bound on a sample of documents
   */
  public record Fit(int k, long seed, org.apache.spark.ml.Model<?> model, Dataset<Row> documentTopics, TopicCorpus corpus,
      double[][] termWeights, int[][] coherenceTerms, double[] topicCoherence, double coherence, double logLikelihood,
      double logPerplexity, double seconds, String optimizer, int iterations) {
    /** Lets a Gibbs fit's executors drop its final sample (read documentTopics first). */
    public void release() {
      if (model instanceof GibbsLdaModel gibbs) {
        gibbs.releaseTraining();
      }
    }
  }

  /** Every fit (the grid, then the chosen K's restarts) and the chosen one, with a note for each fit. */
  public record Selection(Fit chosen, List<Fit> fits, List<String> notes) {}

  /** {@link #select(TopicCorpus, TopicCorpus, TopicSettings, long, Consumer)} with one corpus for every fit. */
  public static Selection select(TopicCorpus corpus, TopicSettings settings, long seed, Consumer<String> progress) {
    return select(corpus, corpus, settings, seed, progress);
  }

  /**
   * Fits each candidate K with the seed (on a sample of about topics.grid_tokens tokens, scored on the
   * whole corpus) and picks the K of the most coherent fit; then fits that K on the whole corpus with
   * topics.final_optimizer and seeds seed, seed + 1, ... (topics.restarts in all; the grid's fit counts
   * as the first when it read the whole corpus with the same optimizer) and keeps the most coherent.
   *
   * @param finalCorpus what the final optimizer's fits read (its vocabulary cap may differ); unused
   *     when the final optimizer is the grid's
   */
  public static Selection select(TopicCorpus corpus, TopicCorpus finalCorpus, TopicSettings settings, long seed,
      Consumer<String> progress) {
    // K beyond documents / min_documents_per_topic would fit noise (five articles, forty topics).
    int cap = (int) Math.max(2, corpus.modelled() / settings.minDocumentsPerTopic());
    List<Integer> candidates = new ArrayList<>(settings.candidates().stream().filter(k -> k <= cap).toList());
    String capNote = null;
    if (candidates.size() < settings.candidates().size()) {
      capNote = String.format("K capped at %d: %d modelled documents / topics.min_documents_per_topic %d", cap,
          corpus.modelled(), settings.minDocumentsPerTopic());
      if (candidates.isEmpty()) {
        candidates.add(cap);
      }
    }
    // The grid compares K on a sample (its topics scored on the whole corpus); a fixed K needs no grid.
    TopicCorpus gridCorpus = settings.gridTokens() > 0 && candidates.size() > 1
        ? corpus.sample(settings.gridTokens(), seed) : corpus;
    boolean sampled = gridCorpus.isSampleOf(corpus);
    if (sampled) {
      progress.accept(String.format("K grid on a sample of %d of %d documents (%d of %d tokens, topics.grid_tokens %d)",
          gridCorpus.modelled(), corpus.modelled(), gridCorpus.tokens(), corpus.tokens(), settings.gridTokens()));
    }
    boolean early = settings.gridStopsEarly(candidates.size());
    int gridSweeps = early ? settings.gridSweeps() : settings.gibbsIterations();
    // Online LDA is fast enough to compare K, but its topics vary with the seed more than with most
    // settings and a seed can leave a few junk topics (Reuters, K=20, seven seeds: NPMI 0.132 to
    // 0.218); EM's topics are steadier and more coherent, at several times the cost of a fit.
    boolean refit = !settings.finalOptimizer().equals(settings.optimizer());
    // The grid's best fit is one of the final fits only when it read what they read, as they read it.
    boolean again = refit || sampled;
    TopicCorpus finalsRead = refit ? finalCorpus : corpus;
    List<Fit> grid = gridFits(gridCorpus, corpus, candidates, settings, seed, gridSweeps, progress);
    List<Fit> stopped = new ArrayList<>();
    Fit aside = null;
    if (early) {
      // Successive halving: the early ranking picks which K are worth their remaining sweeps.
      List<Fit> finalists = grid.stream().sorted(MOST_COHERENT_FIRST).limit(settings.gridFinalists()).toList();
      stopped.addAll(grid.stream().filter(fit -> !finalists.contains(fit)).toList());
      stopped.forEach(Fit::release);
      progress.accept(String.format("K grid: carrying %s on to %d sweeps (the %d most coherent after %d sweeps,"
          + " topics.grid_finalists)", finalists.stream().map(fit -> "K=" + fit.k()).toList(), settings.gibbsIterations(),
          finalists.size(), gridSweeps));
      List<java.util.function.Supplier<Fit>> work = new ArrayList<>(finalists.stream()
          .<java.util.function.Supplier<Fit>>map(fit -> () -> {
            Fit resumed = resumeGibbs(fit, corpus, settings, progress);
            progress.accept(String.format("K=%d: coherence %.3f, log-perplexity %.3f, %.1f s", resumed.k(),
                resumed.coherence(), resumed.logPerplexity(), resumed.seconds()));
            return resumed;
          }).toList());
      // The early leader's first restart runs beside the finalists, filling the task slots that their
      // rounds leave idle, instead of alone after them; it is wasted only when another K overtakes.
      boolean restartAside = !again && settings.restarts() > 1;
      if (restartAside) {
        int leader = finalists.get(0).k();
        work.add(() -> restart(finalsRead, leader, settings, seed, 1, progress));
      }
      // All at once, even beyond the task slots: Spark queues the restart's tasks behind the finalists'.
      List<Fit> carried = sideBySide(work, settings, gridCorpus, work.size());
      List<Fit> merged = new ArrayList<>();
      for (Fit fit : grid) {
        merged.add(finalists.contains(fit) ? carried.get(finalists.indexOf(fit)) : fit);
      }
      grid = merged;
      aside = restartAside ? carried.get(carried.size() - 1) : null;
    }
    List<Fit> fits = new ArrayList<>(grid);
    List<Fit> full = grid.stream().filter(fit -> !stopped.contains(fit)).toList();
    Fit bestOfGrid = mostCoherent(full);
    List<Fit> finals = again ? new ArrayList<>() : new ArrayList<>(List.of(bestOfGrid));
    Fit wasted = null;
    if (aside != null) {
      fits.add(aside);
      if (aside.k() == bestOfGrid.k()) {
        finals.add(aside);
      } else {
        wasted = aside;
      }
    }
    for (int n = finals.size(); n < settings.restarts(); n++) {
      if (again) {
        progress.accept(String.format("K=%d: fitting with %s on %d documents (seed %d, %d iterations)", bestOfGrid.k(),
            settings.finalOptimizer(), finalsRead.modelled(), seed + n, settings.iterations(settings.finalOptimizer())));
      }
      Fit fit = restart(finalsRead, bestOfGrid.k(), settings, seed, n, progress);
      finals.add(fit);
      fits.add(fit);
    }
    Fit chosen = mostCoherent(finals);
    String sampleNote = sampled ? String.format("fitted on a sample of %d of the %d documents (topics.grid_tokens),"
        + " scored on all", gridCorpus.modelled(), corpus.modelled()) : null;
    List<String> notes = new ArrayList<>();
    for (Fit fit : fits) {
      String note;
      if (fit == chosen) {
        note = again ? String.format("%s fit of the grid's most coherent K%s%s", chosen.optimizer(),
                sampled ? " on the whole corpus" : "", finals.size() > 1 ? ", most coherent seed" : "")
            : fits.size() == 1 ? "the only K tried" : candidates.size() == 1 ? "the only K tried, most coherent seed"
            : finals.size() == 1 ? "highest coherence of the grid" : "highest coherence of the grid and its restarts";
      } else if (fit == wasted) {
        note = String.format("coherence %.3f; fitted beside the grid's finalists in case K=%d stayed the most"
            + " coherent, but K=%d overtook it", fit.coherence(), fit.k(), bestOfGrid.k());
      } else if (stopped.contains(fit)) {
        note = String.format("coherence %.3f after %d of %d sweeps, not among the grid's %d most coherent"
            + " (topics.grid_sweeps, topics.grid_finalists): not sampled further", fit.coherence(), fit.iterations(),
            settings.gibbsIterations(), settings.gridFinalists());
      } else if (again && fit == bestOfGrid) {
        note = refit ? String.format("highest coherence of the grid, fitted again with %s", settings.finalOptimizer())
            : "highest coherence of the grid, fitted again on the whole corpus";
      } else {
        // A grid fit is compared with the grid's best, a final fit with the chosen one.
        Fit than = again && grid.contains(fit) ? bestOfGrid : chosen;
        note = String.format("coherence %.3f below %.3f of K=%d seed %d", fit.coherence(), than.coherence(),
            than.k(), than.seed());
      }
      if (sampleNote != null && grid.contains(fit)) {
        note = note + "; " + sampleNote;
      }
      notes.add(capNote == null ? note : note + "; " + capNote);
    }
    for (Fit fit : fits) {
      if (fit != chosen) {
        fit.release();
      }
    }
    return new Selection(chosen, fits, notes);
  }

  /**
   * One fit per candidate K, of {@code sweeps} sweeps when Gibbs. Gibbs fits run side by side, as many
   * at once as Spark has task slots: each fit's result depends on its own seed only.
   */
  private static List<Fit> gridFits(TopicCorpus read, TopicCorpus scoredOn, List<Integer> candidates,
      TopicSettings settings, long seed, int sweeps, Consumer<String> progress) {
    boolean gibbs = settings.optimizer().equals(TopicSettings.GIBBS);
    int iterations = gibbs ? sweeps : settings.iterations(settings.optimizer());
    return sideBySide(candidates.stream().<java.util.function.Supplier<Fit>>map(k -> () -> {
      Fit fit = gibbs ? fitGibbs(read, scoredOn, k, settings, seed, sweeps, progress)
          : fit(read, scoredOn, k, settings, seed, settings.optimizer(), iteration -> progress.accept(
              String.format("K=%d: iteration %d of %d", k, iteration, iterations)), progress);
      progress.accept(String.format("K=%d: coherence %.3f, log-perplexity %.3f, %.1f s%s", k, fit.coherence(),
          fit.logPerplexity(), fit.seconds(), gibbs && sweeps < settings.gibbsIterations()
              ? String.format(" (after %d of %d sweeps)", sweeps, settings.gibbsIterations()) : ""));
      return fit;
    }).toList(), settings, read, slots(read));
  }

  private static int slots(TopicCorpus read) {
    return read.isEmpty() ? 1 : read.vectors().sparkSession().sparkContext().defaultParallelism();
  }

  /**
   * The fits in order; Gibbs fits at most atMost at once (the grid: as many as Spark has task slots),
   * others one by one.
   */
  private static List<Fit> sideBySide(List<java.util.function.Supplier<Fit>> work, TopicSettings settings,
      TopicCorpus read, int atMost) {
    int parallel = settings.optimizer().equals(TopicSettings.GIBBS) ? Math.min(work.size(), atMost) : 1;
    if (parallel <= 1) {
      return work.stream().map(java.util.function.Supplier::get).toList();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
    try {
      List<java.util.concurrent.Future<Fit>> running = work.stream().map(one -> pool.submit(one::get)).toList();
      List<Fit> fits = new ArrayList<>();
      for (java.util.concurrent.Future<Fit> future : running) {
        fits.add(future.get());
      }
      return fits;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting the K grid", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The chosen K's n-th fit with topics.final_optimizer (n from 1; seed + n), with its progress lines. */
  private static Fit restart(TopicCorpus read, int k, TopicSettings settings, long seed, int n,
      Consumer<String> progress) {
    int fitNumber = n + 1;
    Fit fit = fit(read, read, k, settings, seed + n, settings.finalOptimizer(),
        iteration -> progress.accept(String.format("K=%d %s fit %d of %d: iteration %d of %d", k,
            settings.finalOptimizer(), fitNumber, settings.restarts(), iteration,
            settings.iterations(settings.finalOptimizer()))),
        line -> progress.accept(String.format("fit %d of %d: %s", fitNumber, settings.restarts(), line)));
    progress.accept(String.format("K=%d %s fit %d of %d (seed %d): coherence %.3f, %.1f s", fit.k(), fit.optimizer(),
        fitNumber, settings.restarts(), fit.seed(), fit.coherence(), fit.seconds()));
    return fit;
  }

  private static final Comparator<Fit> MOST_COHERENT_FIRST = Comparator.comparingDouble((Fit fit) -> -fit.coherence())
      .thenComparingInt(Fit::k);

  /** The most coherent fit; on a tie the smaller K (fewer topics to read), then the earlier fit. */
  private static Fit mostCoherent(List<Fit> fits) {
    Fit best = fits.get(0);
    for (Fit fit : fits) {
      if (fit.coherence() > best.coherence() || (fit.coherence() == best.coherence() && fit.k() < best.k())) {
        best = fit;
      }
    }
    return best;
  }

  /**
   * A saved model's weights of this corpus's documents (Gibbs inference, or MLlib's) in place of a fit:
   * its topics as saved, their coherence counted here. It has no likelihood of this corpus (NaN).
   *
   * @param corpus vectors over the saved model's vocabulary ({@link TopicCorpus#over})
   */
  public static Fit score(TopicCorpus corpus, SavedTopicModel saved, TopicSettings settings) {
    long start = System.nanoTime();
    org.apache.spark.ml.Model<?> model = saved.model();
    double[][] weights;
    Dataset<Row> documentTopics;
    if (model instanceof GibbsLdaModel gibbs) {
      gibbs.setFeaturesCol(TopicCorpus.COUNTS).setTopicDistributionCol("topicDistribution");
      weights = gibbs.termWeights();
      documentTopics = gibbs.transform(corpus.vectors());
    } else {
      LDAModel lda = (LDAModel) model;
      lda.setFeaturesCol(TopicCorpus.COUNTS).setTopicDistributionCol("topicDistribution");
      weights = termWeights(lda.topicsMatrix(), saved.k());
      documentTopics = lda.transform(corpus.vectors());
    }
    int[][] scored = scoredTerms(weights, corpus, settings);
    double[] perTopic = coherence(scored, corpus);
    return new Fit(saved.k(), saved.seed(), model, documentTopics.select("docId", "language", "topicDistribution"),
        corpus, weights, scored, perTopic, Arrays.stream(perTopic).average().orElse(0), Double.NaN, Double.NaN,
        (System.nanoTime() - start) / 1e9, saved.optimizer(), saved.iterations());
  }

  /** A fit with the grid's optimizer (topics.optimizer). */
  public static Fit fit(TopicCorpus corpus, int k, TopicSettings settings, long seed) {
    return fit(corpus, k, settings, seed, settings.optimizer());
  }

  public static Fit fit(TopicCorpus corpus, int k, TopicSettings settings, long seed, String optimizer) {
    return fit(corpus, k, settings, seed, optimizer, iteration -> { });
  }

  public static Fit fit(TopicCorpus corpus, int k, TopicSettings settings, long seed, String optimizer,
      IntConsumer iterationDone) {
    return fit(corpus, k, settings, seed, optimizer, iterationDone, line -> { });
  }

  /** @param iterationDone told of every tenth EM iteration, at most one per topics.em_progress_seconds (a K=20
   *     EM fit of Reuters runs for minutes) */
  public static Fit fit(TopicCorpus corpus, int k, TopicSettings settings, long seed, String optimizer,
      IntConsumer iterationDone, Consumer<String> lines) {
    return fit(corpus, corpus, k, settings, seed, optimizer, iterationDone, lines);
  }

  /** @param scoredOn whose documents the topics' coherence is counted over (the corpus, or the whole of a sample) */
  private static Fit fit(TopicCorpus corpus, TopicCorpus scoredOn, int k, TopicSettings settings, long seed,
      String optimizer, IntConsumer iterationDone, Consumer<String> lines) {
    if (optimizer.equals(TopicSettings.GIBBS)) {
      return fitGibbs(corpus, scoredOn, k, settings, seed, settings.gibbsIterations(), lines);
    }
    long start = System.nanoTime();
    boolean online = optimizer.equals("online");
    int iterations = settings.iterations(optimizer);
    LDA lda = new LDA()
        .setK(k)
        .setSeed(seed)
        .setMaxIter(iterations)
        .setOptimizer(optimizer)
        .setFeaturesCol(TopicCorpus.COUNTS)
        .setTopicDistributionCol("topicDistribution");
    // EM finds the MAP topics, whose priors count from 1, so the two optimizers have priors of their own.
    if (online) {
      lda.setSubsamplingRate(settings.subsamplingRate())
          .setLearningOffset(settings.learningOffset())
          .setLearningDecay(settings.learningDecay())
          .setOptimizeDocConcentration(settings.optimizeDocConcentration());
      if (settings.docConcentration() > 0) {
        lda.setDocConcentration(settings.docConcentration());
      }
      if (settings.topicConcentration() > 0) {
        lda.setTopicConcentration(settings.topicConcentration());
      }
    } else {
      if (settings.emDocConcentration() > 0) {
        lda.setDocConcentration(settings.emDocConcentration());
      }
      if (settings.emTopicConcentration() > 0) {
        lda.setTopicConcentration(settings.emTopicConcentration());
      }
    }
    // A projection of the kept vectors is not itself cached, so MLlib keeps its own deserialised
    // copy for the online iterations' samples (8% faster than re-reading Spark's columnar cache).
    LDAModel model;
    // Null for online fits: try-with-resources skips closing it.
    try (EmIterations counted = online ? null
        : new EmIterations(corpus.vectors().sparkSession().sparkContext(), 10, settings.emProgressSeconds(),
            iterationDone)) {
      model = lda.fit(corpus.vectors().select(TopicCorpus.COUNTS));
    }
    if (model instanceof DistributedLDAModel distributed) {
      // EM's model infers document topics through a local copy whose seed MLlib draws at random, so
      // each run would weigh documents differently: the copy takes the fit's seed. (oldLocalModel is
      // package-private in Scala, public to Java.) The local copy also lets go of EM's training graph.
      LocalLDAModel local = distributed.toLocal();
      local.setFeaturesCol(TopicCorpus.COUNTS).setTopicDistributionCol("topicDistribution").setSeed(seed);
      local.oldLocalModel().setSeed(seed);
      // MLlib keeps the last checkpoint of EM's graph for the distributed model, which is dropped here.
      distributed.deleteCheckpointFiles();
      model = local;
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    double[][] weights = termWeights(model.topicsMatrix(), k);
    int[][] scored = scoredTerms(weights, corpus, settings);
    double[] perTopic = coherence(scored, scoredOn);
    // MLlib's bound exponentiates the whole topic-term matrix once per document (minutes on
    // Reuters), so it is taken over the first documents by doc_id: a fixed, effectively random sample.
    // Sorted and limited, the sample is one partition in doc_id order, so its sum is always added up alike.
    Dataset<Row> sample = corpus.vectors().orderBy("docId").limit(settings.likelihoodDocuments()).cache();
    double logLikelihood = model.logLikelihood(sample);
    // MLlib's logPerplexity is -logLikelihood / tokens, but would compute the bound a second time.
    double sampleTokens = sample.agg(org.apache.spark.sql.functions.sum("length")).first().getDouble(0);
    double logPerplexity = -logLikelihood / sampleTokens;
    sample.unpersist();
    Dataset<Row> documentTopics = model.transform(corpus.vectors()).select("docId", "language", "topicDistribution");
    return new Fit(k, seed, model, documentTopics, corpus, weights, scored, perTopic,
        Arrays.stream(perTopic).average().orElse(0), logLikelihood, logPerplexity, seconds, optimizer, iterations);
  }

  /**
   * A Gibbs fit of {@code sweeps} sweeps: alpha is topics.gibbs_alpha_sum / K per topic, beta
   * topics.gibbs_beta. Its document weights come from the final sample, joined back to their languages.
   */
  private static Fit fitGibbs(TopicCorpus corpus, TopicCorpus scoredOn, int k, TopicSettings settings, long seed,
      int sweeps, Consumer<String> lines) {
    long start = System.nanoTime();
    GibbsLda lda = new GibbsLda(String.format("newsatlas_gibbs_k%d_seed%d", k, seed))
        .setK(k)
        .setSeed(seed)
        .setMaxIter(sweeps)
        .setSweepsPerRound(settings.sweepsPerRound())
        .setPartitionTokens(settings.partitionTokens())
        .setDocConcentration(settings.gibbsAlphaSum() / k)
        .setTopicConcentration(settings.gibbsBeta())
        .setOptimizeInterval(settings.gibbsOptimizeInterval())
        .setOptimizeBurnIn(settings.gibbsOptimizeBurnIn())
        .setFeaturesCol(TopicCorpus.COUNTS)
        .setDocIdCol("docId")
        .setProgress(lines, settings.progressRounds());
    return gibbsFit(lda.fit(corpus.vectors()), corpus, scoredOn, seed, settings, 0, start);
  }

  /** A Gibbs fit's chain carried on to topics.gibbs_iterations sweeps (see {@link GibbsLda#resume}). */
  private static Fit resumeGibbs(Fit early, TopicCorpus scoredOn, TopicSettings settings, Consumer<String> lines) {
    long start = System.nanoTime();
    GibbsLdaModel model = (GibbsLdaModel) early.model();
    GibbsLda lda = ((GibbsLda) model.parent()).setMaxIter(settings.gibbsIterations());
    GibbsLdaModel resumed = lda.resume(model, settings.gibbsIterations());
    return gibbsFit(resumed, early.corpus(), scoredOn, early.seed(), settings, early.seconds(), start);
  }

  private static Fit gibbsFit(GibbsLdaModel model, TopicCorpus corpus, TopicCorpus scoredOn, long seed,
      TopicSettings settings, double secondsBefore, long start) {
    double[][] weights = model.termWeights();
    int[][] scored = scoredTerms(weights, corpus, settings);
    double[] perTopic = coherence(scored, scoredOn);
    Dataset<Row> documentTopics = model.trainingTopics("docId")
        .join(corpus.vectors().select("docId", "language"), "docId")
        .select("docId", "language", "topicDistribution");
    double logLikelihood = model.trainingLogLikelihood();
    return new Fit(model.k(), seed, model, documentTopics, corpus, weights, scored, perTopic,
        Arrays.stream(perTopic).average().orElse(0), logLikelihood, -logLikelihood / model.trainingTokens(),
        secondsBefore + (System.nanoTime() - start) / 1e9, TopicSettings.GIBBS, model.trainingSweeps());
  }

  private static int[][] scoredTerms(double[][] weights, TopicCorpus corpus, TopicSettings settings) {
    int[][] scored = new int[weights.length][];
    for (int topic = 0; topic < weights.length; topic++) {
      scored[topic] = topWordTerms(weights[topic], corpus.vocabulary(), settings.coherenceTerms());
    }
    return scored;
  }

  private static double[] coherence(int[][] scored, TopicCorpus corpus) {
    Coherence.Counts counts = Coherence.count(corpus.vectors(), TopicCorpus.COUNTS, Arrays.asList(scored));
    return Arrays.stream(scored).mapToDouble(counts::topic).toArray();
  }

  /** Columns of the vocabulary x K matrix as per-topic distributions. */
  static double[][] termWeights(Matrix topics, int k) {
    int terms = topics.numRows();
    double[][] weights = new double[k][terms];
    for (int topic = 0; topic < k; topic++) {
      double total = 0;
      for (int term = 0; term < terms; term++) {
        weights[topic][term] = topics.apply(term, topic);
        total += weights[topic][term];
      }
      for (int term = 0; term < terms; term++) {
        weights[topic][term] /= total;
      }
    }
    return weights;
  }

  /** Indices of the n heaviest terms, heaviest first (ties by index, so the order is stable). */
  public static int[] topTerms(double[] weights, int n) {
    return IntStream.range(0, weights.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparing(i -> i))
        .limit(n).mapToInt(Integer::intValue).toArray();
  }

  /** Indices of the n heaviest word terms (concepts left out), heaviest first, ties by index. */
  public static int[] topWordTerms(double[] weights, String[] vocabulary, int n) {
    return IntStream.range(0, weights.length).boxed()
        .filter(i -> !TopicCorpus.isConcept(vocabulary[i]))
        .sorted(Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparing(i -> i))
        .limit(n).mapToInt(Integer::intValue).toArray();
  }
}
