package io.newsatlas.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsatlas.config.ConfigException;
import io.newsatlas.config.TopicSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.sql.SparkSession;

/**
 * The chosen topic model as a run saves it under {@code <output>/model/}, so that another run can
 * weigh a new corpus's documents against the same topics ({@code --topic-model}) without refitting:
 * {@code topics/} the LDA model as Spark ML saves it ({@link GibbsLdaModel} or MLlib's
 * {@link LocalLDAModel}), {@code vocabulary/} its terms as a {@link CountVectorizerModel}, and
 * {@code model.json} the model's id, K, seed, optimizer and topic order.
 *
 * @param modelId names the model by its content (optimizer, K, seed and a hash of its vocabulary and
 *     topic-term weights), so the same fit gets the same id in every run and the tables that came from
 *     it say which model that was
 * @param order the topic ids of the run that fitted it: order[id] is the model's own topic index
 *     (topics are numbered by their share in that run's corpus, and keep those ids when scored again)
 */
public record SavedTopicModel(String modelId, Model<?> model, String[] vocabulary, int k, long seed, String optimizer,
    int iterations, int[] order) {
  public static final String TOPICS = "topics";
  public static final String VOCABULARY = "vocabulary";
  public static final String INFO = "model.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The chosen fit with the topic order of its tables. */
  public static SavedTopicModel of(TopicModels.Fit fit, int[] order) {
    return new SavedTopicModel(id(fit), fit.model(), fit.corpus().vocabulary(), fit.k(), fit.seed(), fit.optimizer(),
        fit.iterations(), order.clone());
  }

  static String id(TopicModels.Fit fit) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String term : fit.corpus().vocabulary()) {
        digest.update(term.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      ByteBuffer bits = ByteBuffer.allocate(8);
      for (double[] topic : fit.termWeights()) {
        for (double weight : topic) {
          digest.update(bits.clear().putLong(Double.doubleToLongBits(weight)).array());
        }
      }
      String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
      return String.format("%s-k%d-seed%d-%s", fit.optimizer(), fit.k(), fit.seed(), hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the three parts under folder (a Hadoop path; it must not exist yet). */
  public void save(SparkSession spark, String folder) {
    try {
      if (!(model instanceof MLWritable writable)) {
        throw new IllegalStateException("the topic model " + model.uid() + " cannot be saved");
      }
      writable.write().save(new Path(folder, TOPICS).toString());
      new CountVectorizerModel(vocabulary).setInputCol("features").setOutputCol(TopicCorpus.COUNTS).write()
          .save(new Path(folder, VOCABULARY).toString());
      ObjectNode info = JSON.createObjectNode()
          .put("model_id", modelId).put("k", k).put("seed", seed).put("optimizer", optimizer)
          .put("iterations", iterations).put("vocabulary", vocabulary.length);
      order(info);
      Path infoPath = new Path(folder, INFO);
      FileSystem fs = infoPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(infoPath, false)) {
        out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the topic model to " + folder
          + " (check that the output folder is writable)", e);
    }
  }

  private void order(ObjectNode info) {
    var array = info.putArray("topic_order");
    for (int topic : order) {
      array.add(topic);
    }
  }

  /**
   * Reads a saved model.
   *
   * @param where an earlier run's output folder, or its {@code model} folder
   * @throws ConfigException when it holds no saved model (the message says what was looked for)
   */
  public static SavedTopicModel load(SparkSession spark, String where) {
    try {
      Path folder = new Path(where);
      FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(new Path(folder, INFO)) && fs.exists(new Path(new Path(folder, "model"), INFO))) {
        folder = new Path(folder, "model");
      }
      Path infoPath = new Path(folder, INFO);
      ConfigException.check(fs.exists(infoPath), "topics.model %s holds no saved topic model: expected %s (the model"
          + " folder of an earlier run's output, written when its topics were fitted)", where, infoPath);
      JsonNode info;
      try (InputStream in = fs.open(infoPath)) {
        info = JSON.readTree(in);
      }
      String optimizer = info.path("optimizer").asText();
      String topics = new Path(folder, TOPICS).toString();
      Model<?> model = optimizer.equals(TopicSettings.GIBBS) ? GibbsLdaModel.load(topics) : LocalLDAModel.load(topics);
      String[] vocabulary = CountVectorizerModel.load(new Path(folder, VOCABULARY).toString()).vocabulary();
      int[] order = new int[info.path("topic_order").size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = info.path("topic_order").get(i).asInt();
      }
      int k = info.path("k").asInt();
      ConfigException.check(order.length == k && vocabulary.length == info.path("vocabulary").asInt(),
          "topics.model %s is damaged: model.json gives K=%d and %d terms, but %d topic ids and %d terms were read",
          where, k, info.path("vocabulary").asInt(), order.length, vocabulary.length);
      return new SavedTopicModel(info.path("model_id").asText(), model, vocabulary, k, info.path("seed").asLong(),
          optimizer, info.path("iterations").asInt(), order);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the topic model at " + where, e);
    }
  }
}
