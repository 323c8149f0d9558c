package io.newsatlas.topics;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;

import io.newsatlas.config.TopicSettings;
import java.util.List;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * What the topic model reads: a vocabulary chosen by document frequency, and each document long
 * enough to model as term counts over it, split by doc_id into partitions sized by the data.
 *
 * @param vectors docId, language, counts (term-count vector over vocabulary), length (its total), sorted by docId
 * @param minDocumentFrequency the threshold used (the setting, lowered for tiny corpora)
 * @param maxDocumentFrequency the cap used: the setting's share of the documents, at least the minimum
 * @param maxDocumentShare that setting
 */
public record TopicCorpus(Dataset<Row> vectors, String[] vocabulary, long tokenDocuments, long modelled,
    long tokens, int minDocumentFrequency, long maxDocumentFrequency, double maxDocumentShare) {
  public static final String COUNTS = "counts";
  /** Concept and actor terms, which say the same as words and are kept out of labels and coherence. */
  public static final List<String> CONCEPT_PREFIXES = List.of("concept:", "actor:");

  /** The same corpus over other vectors (the kept copy of these: every fit reads them). */
  public TopicCorpus withVectors(Dataset<Row> kept) {
    return new TopicCorpus(kept, vocabulary, tokenDocuments, modelled, tokens, minDocumentFrequency,
        maxDocumentFrequency, maxDocumentShare);
  }

  /**
   * A seeded sample of the documents holding about {@code targetTokens} tokens, over the same
   * vocabulary: each document is in or out by a hash of its id and the seed, so the sample depends on
   * the data and seed alone. The whole corpus when it holds no more than twice the target.
   */
  public TopicCorpus sample(long targetTokens, long seed) {
    if (isEmpty() || tokens <= 2 * targetTokens) {
      return this;
    }
    long scale = 1L << 20;
    long below = Math.round((double) targetTokens / tokens * scale);
    Dataset<Row> sampled = vectors.filter(org.apache.spark.sql.functions.pmod(
        org.apache.spark.sql.functions.xxhash64(col("docId"), org.apache.spark.sql.functions.lit(seed)),
        org.apache.spark.sql.functions.lit(scale)).lt(below));
    Row size = sampled.agg(org.apache.spark.sql.functions.count("docId"),
        org.apache.spark.sql.functions.sum("length")).first();
    return new TopicCorpus(sampled, vocabulary, tokenDocuments, size.getLong(0),
        size.isNullAt(1) ? 0 : (long) size.getDouble(1), minDocumentFrequency, maxDocumentFrequency, maxDocumentShare);
  }

  /** Whether this is a sample of a larger corpus (see {@link #sample}). */
  public boolean isSampleOf(TopicCorpus whole) {
    return this != whole && modelled < whole.modelled;
  }

  /** The corpus of the K grid's fits (topics.optimizer). */
  public static TopicCorpus of(Dataset<Row> tokens, TopicSettings settings) {
    return of(tokens, settings, settings.optimizer());
  }

  /**
   * @param tokens the tokens table (docId, language, terms, concepts)
   * @param optimizer the fits' optimizer, whose vocabulary cap applies
   */
  public static TopicCorpus of(Dataset<Row> tokens, TopicSettings settings, String optimizer) {
    Dataset<Row> features = tokens.select(col("docId"), col("language"),
        concat(col("terms"), col("concepts")).as("features"));
    long documents = features.count();
    // A five-article corpus has no term in five documents: the threshold follows the corpus size.
    int minDf = (int) Math.min(settings.minDocumentFrequency(),
        Math.max(2, (long) Math.floor(documents * settings.minDocumentFrequencyShare())));
    double maxShare = settings.maxDocumentShare(optimizer);
    long maxDf = Math.max(minDf, (long) Math.floor(maxShare * documents));
    List<Row> chosen = features.select(explode(array_distinct(col("features"))).as("term"))
        .groupBy("term").count()
        .filter(col("count").geq(minDf).and(col("count").leq(maxDf)))
        .orderBy(col("count").desc(), col("term"))
        .limit(settings.vocabularySize())
        .collectAsList();
    String[] vocabulary = chosen.stream().map(r -> r.getString(0)).toArray(String[]::new);
    if (vocabulary.length == 0) {
      return new TopicCorpus(null, vocabulary, documents, 0, 0, minDf, maxDf, maxShare);
    }
    return over(features, vocabulary, documents, minDf, maxDf, maxShare, settings);
  }

  /**
   * The tokens as counts over a given vocabulary (a saved model's): its terms' document frequencies
   * are unknown here, so the corpus says 0 for them.
   */
  public static TopicCorpus over(Dataset<Row> tokens, String[] vocabulary, TopicSettings settings) {
    Dataset<Row> features = tokens.select(col("docId"), col("language"),
        concat(col("terms"), col("concepts")).as("features"));
    return over(features, vocabulary, features.count(), 0, 0, 0, settings);
  }

  private static TopicCorpus over(Dataset<Row> features, String[] vocabulary, long documents, int minDf, long maxDf,
      double maxShare, TopicSettings settings) {
    Dataset<Row> counted = new CountVectorizerModel(vocabulary).setInputCol("features").setOutputCol(COUNTS)
        .transform(features);
    Dataset<Row> longEnough = counted
        .withColumn("length", org.apache.spark.sql.functions.udf(
            (UDF1<Vector, Double>) TopicCorpus::total, DataTypes.DoubleType).apply(col(COUNTS)))
        .filter(col("length").geq(settings.minDocumentTerms()))
        .select("docId", "language", COUNTS, "length");
    Row size = longEnough.agg(org.apache.spark.sql.functions.count("docId"),
        org.apache.spark.sql.functions.sum("length")).first();
    long modelled = size.getLong(0);
    long tokenTotal = size.isNullAt(1) ? 0 : (long) size.getDouble(1);
    // The online optimizer samples mini-batches per partition and position: a split fixed by the
    // data and settings (not the cluster's cores) keeps the same seed giving the same topics everywhere.
    // Hashing the doc id puts each document in one partition whatever the input's order and split
    // (range bounds are estimated from a sample of the input, which differs with its layout).
    int partitions = (int) Math.min(settings.maxPartitions(),
        Math.max(1, (modelled + settings.partitionDocuments() - 1) / settings.partitionDocuments()));
    Dataset<Row> split = longEnough.repartition(partitions, col("docId"))
        .sortWithinPartitions("docId");
    return new TopicCorpus(split, vocabulary, documents, modelled, tokenTotal, minDf, maxDf, maxShare);
  }

  private static double total(Vector counts) {
    double sum = 0;
    double[] values = counts instanceof org.apache.spark.ml.linalg.SparseVector sparse ? sparse.values() : counts.toArray();
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  public boolean isEmpty() {
    return vectors == null || modelled == 0;
  }

  public static boolean isConcept(String term) {
    return CONCEPT_PREFIXES.stream().anyMatch(term::startsWith);
  }
}
