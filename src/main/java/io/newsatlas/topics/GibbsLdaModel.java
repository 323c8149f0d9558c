package io.newsatlas.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Topics fitted by {@link GibbsLda}: the final sample's word-topic counts and the priors. It weighs
 * any document's topics by Gibbs sampling against the fixed topics ({@link #transform}); the
 * documents it was fitted on have their weights from the final sample ({@link #trainingTopics}).
 */
public final class GibbsLdaModel extends Model<GibbsLdaModel> implements MLWritable {
  private static final StructType DATA = new StructType()
      .add("model_class", DataTypes.StringType, false)
      .add("uid", DataTypes.StringType, false)
      .add("k", DataTypes.IntegerType, false)
      .add("vocabulary_size", DataTypes.IntegerType, false)
      .add("alpha", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("beta", DataTypes.DoubleType, false)
      .add("seed", DataTypes.LongType, false)
      .add("inference_iterations", DataTypes.IntegerType, false)
      .add("features_col", DataTypes.StringType, false)
      .add("topic_distribution_col", DataTypes.StringType, false)
      .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  private final String uid;
  private final int k;
  private final int vocabulary;
  private final double[] alpha;
  private final double beta;
  /** Word-major word-topic counts (word * k + topic), then the K topic totals. */
  private final int[] counts;
  private final IntParam inferenceIterations;
  private final LongParam seed;
  private final Param<String> featuresCol;
  private final Param<String> topicDistributionCol;
  private transient Chain training;

  /**
   * What the fit leaves beside the topics: its Markov chain's last sample, kept in the executors until
   * released, with what carrying it on needs.
   *
   * @param counts the global word-topic counts of blocks (word * k + topic, then the K totals)
   * @param sweeps sweeps made so far
   * @param rounds rounds made so far: the next one is seeded by its number
   * @param logLikelihood log p(w, z) at the last sweep (NaN before the first)
   * @param seconds sampling time so far
   */
  record Chain(JavaRDD<GibbsBlock> blocks, GibbsSampler sampler, int[] counts, long seed, long tokens, int partitions,
      int sweeps, int rounds, double logLikelihood, double seconds) {}

  GibbsLdaModel(String uid, int k, int vocabulary, double[] alpha, double beta, int[] counts) {
    this.uid = uid;
    this.k = k;
    this.vocabulary = vocabulary;
    this.alpha = alpha.clone();
    this.beta = beta;
    this.counts = counts;
    inferenceIterations = new IntParam(this, "inferenceIterations",
        "sweeps per document when inferring topics", ParamValidators.gtEq(2));
    seed = new LongParam(this, "seed", "random seed of the inference");
    featuresCol = new Param<>(this, "featuresCol", "term-count vectors");
    topicDistributionCol = new Param<>(this, "topicDistributionCol", "output column of topic weights");
    setDefault(inferenceIterations, 50);
    setDefault(seed, 42L);
    setDefault(featuresCol, "features");
    setDefault(topicDistributionCol, "topicDistribution");
  }

  void chain(Chain chain) {
    this.training = chain;
  }

  Chain chain() {
    return requireTraining();
  }

  /** Forgets the chain without releasing its blocks, which a carried-on chain now owns. */
  void dropChain() {
    training = null;
  }

  @Override
  public String uid() {
    return uid;
  }

  public IntParam inferenceIterations() { return inferenceIterations; }
  public LongParam seed() { return seed; }
  public Param<String> featuresCol() { return featuresCol; }
  public Param<String> topicDistributionCol() { return topicDistributionCol; }

  public GibbsLdaModel setFeaturesCol(String value) { set(featuresCol, value); return this; }
  public GibbsLdaModel setTopicDistributionCol(String value) { set(topicDistributionCol, value); return this; }
  public GibbsLdaModel setSeed(long value) { set(seed, value); return this; }
  public GibbsLdaModel setInferenceIterations(int value) { set(inferenceIterations, value); return this; }

  public int getInferenceIterations() { return (Integer) getOrDefault(inferenceIterations); }
  public long getSeed() { return (Long) getOrDefault(seed); }
  public String getFeaturesCol() { return getOrDefault(featuresCol); }
  public String getTopicDistributionCol() { return getOrDefault(topicDistributionCol); }

  public int k() {
    return k;
  }

  public int vocabSize() {
    return vocabulary;
  }

  public double[] alpha() {
    return alpha.clone();
  }

  public double beta() {
    return beta;
  }

  /** The final sample's count of term {@code word} in {@code topic}. */
  public int count(int word, int topic) {
    return counts[word * k + topic];
  }

  /** Tokens assigned to each topic in the final sample. */
  public int[] topicTotals() {
    return Arrays.copyOfRange(counts, vocabulary * k, vocabulary * k + k);
  }

  /** Per topic, p(term | topic) = (n_wk + beta) / (n_k + V beta), row per topic. */
  public double[][] termWeights() {
    double[][] weights = new double[k][vocabulary];
    int totals = vocabulary * k;
    for (int t = 0; t < k; t++) {
      double denominator = counts[totals + t] + vocabulary * beta;
      for (int w = 0; w < vocabulary; w++) {
        weights[t][w] = (counts[w * k + t] + beta) / denominator;
      }
    }
    return weights;
  }

  /** vocabSize x k, as MLlib's: column t is topic t's term distribution. */
  public Matrix topicsMatrix() {
    double[][] weights = termWeights();
    double[] columnMajor = new double[vocabulary * k];
    for (int t = 0; t < k; t++) {
      System.arraycopy(weights[t], 0, columnMajor, t * vocabulary, vocabulary);
    }
    return new DenseMatrix(vocabulary, k, columnMajor);
  }

  /** As MLlib's: topic, termIndices, termWeights, heaviest terms first. */
  public Dataset<Row> describeTopics(int maxTermsPerTopic) {
    double[][] weights = termWeights();
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < k; t++) {
      double[] topic = weights[t];
      int[] top = TopicModels.topTerms(topic, Math.min(maxTermsPerTopic, vocabulary));
      double[] topWeights = Arrays.stream(top).mapToDouble(i -> topic[i]).toArray();
      rows.add(RowFactory.create(t, top, topWeights));
    }
    StructType schema = new StructType()
        .add("topic", DataTypes.IntegerType, false)
        .add("termIndices", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
        .add("termWeights", DataTypes.createArrayType(DataTypes.DoubleType, false), false);
    return SparkSession.active().createDataFrame(rows, schema);
  }

  /** The fit's log-likelihood of words and topics, log p(w, z), at its last sweep. */
  public double trainingLogLikelihood() {
    return requireTraining().logLikelihood();
  }

  public long trainingTokens() {
    return requireTraining().tokens();
  }

  public int trainingPartitions() {
    return requireTraining().partitions();
  }

  public double trainingSeconds() {
    return requireTraining().seconds();
  }

  /** Sweeps the fit's chain has made. */
  public int trainingSweeps() {
    return requireTraining().sweeps();
  }

  /**
   * The fitted documents' weights from the final sample, theta = (n_dk + alpha_k) / (n_d + sum alpha),
   * as (docIdCol, topicDistributionCol): no inference pass. Read it before {@link #releaseTraining}.
   */
  public Dataset<Row> trainingTopics(String docIdCol) {
    Chain fitted = requireTraining();
    GibbsSampler sampler = fitted.sampler();
    JavaRDD<Row> rows = fitted.blocks().flatMap(block -> {
      List<Row> out = new ArrayList<>(block.documents());
      for (int d = 0; d < block.documents(); d++) {
        out.add(RowFactory.create(block.docIds()[d], Vectors.dense(sampler.documentTopics(block, d))));
      }
      return out.iterator();
    });
    StructType schema = new StructType()
        .add(docIdCol, DataTypes.StringType, false)
        .add(getTopicDistributionCol(), SQLDataTypes.VectorType(), false);
    return SparkSession.active().createDataFrame(rows, schema);
  }

  /** Lets the executors drop the fit's final sample. */
  public void releaseTraining() {
    if (training != null) {
      training.blocks().unpersist(false);
      training = null;
    }
  }

  public boolean hasTraining() {
    return training != null;
  }

  private Chain requireTraining() {
    if (training == null) {
      throw new IllegalStateException("The model " + uid + " has no training sample: it was loaded or released");
    }
    return training;
  }

  /**
   * Topic weights of each document by Gibbs sampling against the fixed topics: inferenceIterations
   * sweeps, the weights averaged over the second half. The random numbers are seeded by the seed and
   * the document's counts, so a document gets the same weights wherever and with whatever it is read.
   */
  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    SparkSession spark = dataset.sparkSession();
    Broadcast<double[]> phi = spark.sparkContext().broadcast(wordMajorWeights(),
        scala.reflect.ClassTag$.MODULE$.apply(double[].class));
    double[] priors = alpha.clone();
    int topics = k;
    int sweeps = getInferenceIterations();
    long inferenceSeed = getSeed();
    UDF1<Vector, Vector> infer = counts -> Vectors.dense(infer(GibbsLda.expand(counts), phi.value(), priors, topics,
        sweeps, inferenceSeed));
    return dataset.withColumn(getTopicDistributionCol(),
        udf(infer, SQLDataTypes.VectorType()).apply(col(getFeaturesCol())));
  }

  /** p(term | topic) word-major: word * k + topic. */
  private double[] wordMajorWeights() {
    double[] phi = new double[vocabulary * k];
    int totals = vocabulary * k;
    for (int w = 0; w < vocabulary; w++) {
      for (int t = 0; t < k; t++) {
        phi[w * k + t] = (counts[w * k + t] + beta) / (counts[totals + t] + vocabulary * beta);
      }
    }
    return phi;
  }

  static double[] infer(int[] words, double[] phi, double[] alpha, int k, int sweeps, long seed) {
    double alphaSum = Arrays.stream(alpha).sum();
    double[] theta = new double[k];
    if (words.length == 0) {
      for (int t = 0; t < k; t++) {
        theta[t] = alpha[t] / alphaSum;
      }
      return theta;
    }
    SplittableRandom random = new SplittableRandom(seed ^ (Arrays.hashCode(words) * 0x9E3779B97F4A7C15L));
    int[] topics = new int[words.length];
    int[] document = new int[k];
    for (int i = 0; i < words.length; i++) {
      topics[i] = random.nextInt(k);
      document[topics[i]]++;
    }
    double[] cumulative = new double[k];
    double[] kept = new double[k];
    int burnIn = sweeps / 2;
    for (int sweep = 0; sweep < sweeps; sweep++) {
      for (int i = 0; i < words.length; i++) {
        int base = words[i] * k;
        document[topics[i]]--;
        double total = 0;
        for (int t = 0; t < k; t++) {
          total += (document[t] + alpha[t]) * phi[base + t];
          cumulative[t] = total;
        }
        int chosen = GibbsSampler.pick(cumulative, k, random.nextDouble() * total);
        topics[i] = chosen;
        document[chosen]++;
      }
      if (sweep >= burnIn) {
        for (int t = 0; t < k; t++) {
          kept[t] += document[t];
        }
      }
    }
    int samples = sweeps - burnIn;
    for (int t = 0; t < k; t++) {
      theta[t] = (kept[t] / samples + alpha[t]) / (words.length + alphaSum);
    }
    return theta;
  }

  static StructType outputSchema(StructType schema, String featuresCol, String topicDistributionCol) {
    if (!Arrays.asList(schema.fieldNames()).contains(featuresCol)) {
      throw new IllegalArgumentException("Column " + featuresCol + " (term-count vectors) is not in " + schema.simpleString());
    }
    if (Arrays.asList(schema.fieldNames()).contains(topicDistributionCol)) {
      return schema;
    }
    return schema.add(new StructField(topicDistributionCol, SQLDataTypes.VectorType(), false, Metadata.empty()));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return outputSchema(schema, getFeaturesCol(), getTopicDistributionCol());
  }

  @Override
  public GibbsLdaModel copy(ParamMap extra) {
    GibbsLdaModel copy = new GibbsLdaModel(uid, k, vocabulary, alpha, beta, counts);
    copyValues(copy, extra);
    copy.training = training;
    return copy.setParent(parent());
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  public static MLReader<GibbsLdaModel> read() {
    return new Reader();
  }

  public static GibbsLdaModel load(String path) {
    return read().load(path);
  }

  /** One Parquet row under path/data: the priors, the params and the counts. */
  private static final class Writer extends MLWriter {
    private final GibbsLdaModel model;

    Writer(GibbsLdaModel model) {
      this.model = model;
    }

    @Override
    public void saveImpl(String path) {
      Row row = RowFactory.create(GibbsLdaModel.class.getName(), model.uid, model.k, model.vocabulary, model.alpha,
          model.beta, model.getSeed(), model.getInferenceIterations(), model.getFeaturesCol(),
          model.getTopicDistributionCol(), model.counts);
      sparkSession().createDataFrame(List.of(row), DATA).write().parquet(path + "/data");
    }
  }

  private static final class Reader extends MLReader<GibbsLdaModel> {
    @Override
    public GibbsLdaModel load(String path) {
      List<Row> rows = sparkSession().read().schema(DATA).parquet(path + "/data").collectAsList();
      if (rows.size() != 1 || !GibbsLdaModel.class.getName().equals(rows.get(0).getString(0))) {
        throw new IllegalArgumentException(path + " does not hold a saved " + GibbsLdaModel.class.getSimpleName()
            + " (expected one row of model_class " + GibbsLdaModel.class.getName() + " under data/)");
      }
      Row row = rows.get(0);
      double[] alpha = row.<Double>getList(4).stream().mapToDouble(Double::doubleValue).toArray();
      int[] counts = row.<Integer>getList(10).stream().mapToInt(Integer::intValue).toArray();
      GibbsLdaModel model = new GibbsLdaModel(row.getString(1), row.getInt(2), row.getInt(3), alpha,
          row.getDouble(5), counts);
      model.setSeed(row.getLong(6)).setInferenceIterations(row.getInt(7)).setFeaturesCol(row.getString(8))
          .setTopicDistributionCol(row.getString(9));
      return model;
    }
  }
}
