package io.newsatlas.config;

import java.util.List;

/**
 * Topic model settings; see conf/newsatlas.yaml for what each one does and why its default.
 *
 * @param k a fixed number of topics, or 0 to choose it from kGrid by coherence
 * @param docConcentration the online fits' alpha; 0 lets MLlib choose (1/k), and optimizeDocConcentration learns it
 * @param topicConcentration the online fits' eta; 0 lets MLlib choose (1/k)
 * @param emDocConcentration the EM fits' alpha, above 1; 0 lets MLlib choose (50/k + 1)
 * @param emTopicConcentration the EM fits' eta, above 1; 0 lets MLlib choose (1.1)
 * @param optimizer the K grid's optimizer
 * @param finalOptimizer the chosen K's optimizer: its restarts are fitted with it, and when it is not the
 *     grid's optimizer the grid's fit of that K is fitted again with it
 * @param restarts fits of the chosen K with finalOptimizer, each with its own seed (seed, seed + 1, ...);
 *     the most coherent is kept
 * @param maxIterations the online optimizer's mini-batches
 * @param emIterations the EM optimizer's iterations (each a pass over the whole corpus)
 * @param emProgressSeconds least time between two of an EM fit's progress lines (printed every tenth
 *     iteration); 0 prints every tenth
 * @param maxDocumentShare the online fits' vocabulary: terms in at most this share of the documents
 * @param emMaxDocumentShare the same for EM fits, which tell subjects apart by frequent words that
 *     online fits do better without
 * @param gibbsIterations sweeps of a Gibbs fit over the corpus
 * @param sweepsPerRound sweeps each partition makes between two merges of the Gibbs counts
 * @param partitionTokens tokens per partition of a Gibbs fit (the layout depends on the data only)
 * @param gridTokens the K grid's Gibbs fits read a seeded sample of the documents holding about this
 *     many tokens (0: the whole corpus); the chosen K is then fitted on the whole corpus
 * @param gridSweeps Gibbs grid: every K is sampled this many sweeps, and only the gridFinalists most
 *     coherent are carried on to gibbsIterations (0, or at least gibbsIterations: every K in full)
 * @param gridFinalists how many K the Gibbs grid carries on past gridSweeps
 * @param gibbsAlphaSum the Gibbs fits' alpha summed over the topics (each topic gets gibbsAlphaSum / K)
 * @param minDocumentFrequencyShare on a small corpus the vocabulary's floor is this share of the
 *     documents instead of minDocumentFrequency (at least 2 documents)
 * @param gibbsBeta the Gibbs fits' beta, each word's prior weight in a topic
 * @param gibbsOptimizeInterval sweeps between two optimisations of the Gibbs fits' asymmetric alpha (0: never)
 * @param gibbsOptimizeBurnIn sweeps of a Gibbs fit before its alpha is first optimised
 * @param gibbsMaxDocumentShare the vocabulary cap of Gibbs fits
 * @param progressRounds a Gibbs fit prints a line every this many rounds, and at its last
 * @param model a saved topic model (an earlier run's output folder, or its model folder) that weighs this
 *     corpus's documents instead of a fit; empty to fit
 * @param maxPartitions cap on the model input's partitions: MLlib adds up the partitions' sums in the
 *     order tasks finish, and only up to two partial sums add up the same in any order
 */
public record TopicSettings(boolean enabled, int k, List<Integer> kGrid, int minDocumentsPerTopic, int restarts, String optimizer,
    String finalOptimizer, int gibbsIterations, int sweepsPerRound, int partitionTokens, int gridTokens, int gridSweeps,
    int gridFinalists, double gibbsAlphaSum,
    double gibbsBeta, int gibbsOptimizeInterval, int gibbsOptimizeBurnIn, double gibbsMaxDocumentShare, int progressRounds, int maxIterations, int emIterations, double emProgressSeconds, double subsamplingRate, double learningOffset, double learningDecay,
    boolean optimizeDocConcentration, double docConcentration, double topicConcentration, double emDocConcentration,
    double emTopicConcentration, int vocabularySize,
    int minDocumentFrequency, double minDocumentFrequencyShare, double maxDocumentShare, double emMaxDocumentShare, int minDocumentTerms, int topTerms, int coherenceTerms,
    double minDocumentWeight, int partitionDocuments, int maxPartitions, int likelihoodDocuments, String model) implements java.io.Serializable {
  /** Collapsed Gibbs sampling on Spark partitions ({@code io.newsatlas.topics.GibbsLda}). */
  public static final String GIBBS = "gibbs";
  public static final List<String> OPTIMIZERS = List.of(GIBBS, "online", "em");

  /** The K values to try: k alone when fixed, else the grid. */
  public List<Integer> candidates() {
    return k > 0 ? List.of(k) : kGrid.stream().sorted().distinct().toList();
  }

  /** Whether the Gibbs grid stops its candidates at gridSweeps and carries only the finalists on. */
  public boolean gridStopsEarly(int candidateCount) {
    return optimizer.equals(GIBBS) && gridSweeps > 0 && gridSweeps < gibbsIterations && candidateCount > gridFinalists;
  }

  /** Whether any fit runs EM, which needs a checkpoint folder. */
  public boolean fitsWithEm() {
    return optimizer.equals("em") || finalOptimizer.equals("em");
  }

  /** Iterations of a fit with this optimizer: online mini-batches, or EM passes over the corpus. */
  public int iterations(String optimizer) {
    return optimizer.equals(GIBBS) ? gibbsIterations : optimizer.equals("online") ? maxIterations : emIterations;
  }

  /** The vocabulary's cap for fits with this optimizer, as a share of the documents. */
  public double maxDocumentShare(String optimizer) {
    return optimizer.equals(GIBBS) ? gibbsMaxDocumentShare
        : optimizer.equals("online") ? maxDocumentShare : emMaxDocumentShare;
  }

  void validate() {
    ConfigException.check(k == 0 || k >= 2, "Invalid topics.k: %d (must be 0 to choose from topics.k_grid, or at least 2)", k);
    ConfigException.check(k > 0 || (kGrid != null && !kGrid.isEmpty() && kGrid.stream().allMatch(x -> x != null && x >= 2)),
        "Invalid topics.k_grid: %s (must list numbers of topics of at least 2 when topics.k is 0)", kGrid);
    ConfigException.check(minDocumentsPerTopic >= 1,
        "Invalid topics.min_documents_per_topic: %d (must be at least 1)", minDocumentsPerTopic);
    ConfigException.check(restarts >= 1, "Invalid topics.restarts: %d (must be at least 1)", restarts);
    ConfigException.check(OPTIMIZERS.contains(optimizer),
        "Invalid topics.optimizer: '%s' (must be one of %s)", optimizer, OPTIMIZERS);
    ConfigException.check(OPTIMIZERS.contains(finalOptimizer),
        "Invalid topics.final_optimizer: '%s' (must be one of %s)", finalOptimizer, OPTIMIZERS);
    ConfigException.check(gibbsIterations >= 1, "Invalid topics.gibbs_iterations: %d (must be at least 1)", gibbsIterations);
    ConfigException.check(sweepsPerRound >= 1, "Invalid topics.sweeps_per_round: %d (must be at least 1)", sweepsPerRound);
    ConfigException.check(partitionTokens >= 100,
        "Invalid topics.partition_tokens: %d (must be at least 100)", partitionTokens);
    ConfigException.check(gridTokens >= 0, "Invalid topics.grid_tokens: %d (must be 0, for the whole corpus, or more)",
        gridTokens);
    ConfigException.check(gridSweeps >= 0, "Invalid topics.grid_sweeps: %d (must be 0, for every K in full, or more)",
        gridSweeps);
    ConfigException.check(gridFinalists >= 1, "Invalid topics.grid_finalists: %d (must be at least 1)", gridFinalists);
    ConfigException.check(gibbsAlphaSum > 0, "Invalid topics.gibbs_alpha_sum: %s (must be above 0)", gibbsAlphaSum);
    ConfigException.check(gibbsBeta > 0, "Invalid topics.gibbs_beta: %s (must be above 0)", gibbsBeta);
    ConfigException.check(gibbsOptimizeInterval >= 0,
        "Invalid topics.gibbs_optimize_interval: %d (must be 0, for a fixed alpha, or more)", gibbsOptimizeInterval);
    ConfigException.check(gibbsOptimizeBurnIn >= 0,
        "Invalid topics.gibbs_optimize_burn_in: %d (must be 0 or more)", gibbsOptimizeBurnIn);
    ConfigException.check(gibbsMaxDocumentShare > 0 && gibbsMaxDocumentShare <= 1,
        "Invalid topics.gibbs_max_document_share: %s (must be above 0 and at most 1)", gibbsMaxDocumentShare);
    ConfigException.check(progressRounds >= 1, "Invalid topics.progress_rounds: %d (must be at least 1)", progressRounds);
    ConfigException.check(maxIterations >= 1, "Invalid topics.max_iterations: %d (must be at least 1)", maxIterations);
    ConfigException.check(emIterations >= 1, "Invalid topics.em_iterations: %d (must be at least 1)", emIterations);
    ConfigException.check(emProgressSeconds >= 0,
        "Invalid topics.em_progress_seconds: %s (must be 0 or more)", emProgressSeconds);
    ConfigException.check(subsamplingRate > 0 && subsamplingRate <= 1,
        "Invalid topics.subsampling_rate: %s (must be above 0 and at most 1)", subsamplingRate);
    ConfigException.check(learningOffset > 0, "Invalid topics.learning_offset: %s (must be above 0)", learningOffset);
    ConfigException.check(learningDecay > 0.5 && learningDecay <= 1,
        "Invalid topics.learning_decay: %s (must be above 0.5 and at most 1, for the online updates to converge)", learningDecay);
    ConfigException.check(docConcentration == 0 || docConcentration > 0,
        "Invalid topics.doc_concentration: %s (must be 0 for automatic, or above 0)", docConcentration);
    ConfigException.check(topicConcentration >= 0,
        "Invalid topics.topic_concentration: %s (must be 0 for automatic, or above 0)", topicConcentration);
    // EM's topics are the most likely ones, whose priors count from 1 (MLlib refuses 1 or less).
    ConfigException.check(emDocConcentration == 0 || emDocConcentration > 1,
        "Invalid topics.em_doc_concentration: %s (must be 0 for MLlib's 50/K + 1, or above 1)", emDocConcentration);
    ConfigException.check(emTopicConcentration == 0 || emTopicConcentration > 1,
        "Invalid topics.em_topic_concentration: %s (must be 0 for MLlib's 1.1, or above 1)", emTopicConcentration);
    ConfigException.check(vocabularySize >= 10, "Invalid topics.vocabulary_size: %d (must be at least 10)", vocabularySize);
    ConfigException.check(minDocumentFrequency >= 1,
        "Invalid topics.min_document_frequency: %d (must be at least 1)", minDocumentFrequency);
    ConfigException.check(minDocumentFrequencyShare > 0 && minDocumentFrequencyShare <= 1,
        "Invalid topics.min_document_frequency_share: %s (must be above 0 and at most 1)", minDocumentFrequencyShare);
    ConfigException.check(maxDocumentShare > 0 && maxDocumentShare <= 1,
        "Invalid topics.max_document_share: %s (must be above 0 and at most 1)", maxDocumentShare);
    ConfigException.check(emMaxDocumentShare > 0 && emMaxDocumentShare <= 1,
        "Invalid topics.em_max_document_share: %s (must be above 0 and at most 1)", emMaxDocumentShare);
    ConfigException.check(minDocumentTerms >= 1, "Invalid topics.min_document_terms: %d (must be at least 1)", minDocumentTerms);
    ConfigException.check(topTerms >= 3, "Invalid topics.top_terms: %d (must be at least 3)", topTerms);
    ConfigException.check(coherenceTerms >= 2, "Invalid topics.coherence_terms: %d (must be at least 2)", coherenceTerms);
    ConfigException.check(minDocumentWeight >= 0 && minDocumentWeight < 1,
        "Invalid topics.min_document_weight: %s (must be at least 0 and below 1)", minDocumentWeight);
    ConfigException.check(partitionDocuments >= 100,
        "Invalid topics.partition_documents: %d (must be at least 100)", partitionDocuments);
    ConfigException.check(maxPartitions >= 1, "Invalid topics.max_partitions: %d (must be at least 1)", maxPartitions);
    ConfigException.check(likelihoodDocuments >= 1,
        "Invalid topics.likelihood_documents: %d (must be at least 1)", likelihoodDocuments);
  }
}
