package io.newsatlas.topics;

import io.newsatlas.config.TopicSettings;
import io.newsatlas.io.StageContext;
import io.newsatlas.io.Tables;
import io.newsatlas.timeline.Granularity;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Stage: LDA over the tokens table, K chosen by coherence (see {@link TopicModels#select}), then the
 * topic tables. With too few documents (or topics off) the tables are empty and {@code summary} says why.
 */
public final class TopicStage {
  private TopicStage() {}

  /**
   * The four topic tables with their row counts, and the chosen fit (null when none was fitted or
   * scored) with the model to save, which the caller saves and then releases with {@link #release}.
   */
  public record Result(Dataset<Row> topics, long topicRows, Dataset<Row> documentTopics, long documentTopicRows,
      Dataset<Row> overTime, long overTimeRows, Dataset<Row> selection, long selectionRows, TopicModels.Fit chosen,
      SavedTopicModel saved, String summary) {

    public void release() {
      if (chosen != null) {
        chosen.release();
      }
    }
  }

  /**
   * @param scoreWith a saved model that weighs the documents instead of a fit (topics.model), or null
   */
  public static Result run(SparkSession spark, Dataset<Row> tokens, Dataset<Row> periods, TopicSettings settings,
      long seed, Granularity granularity, SavedTopicModel scoreWith, StageContext stage, Consumer<String> lines) {
    if (settings.enabled() && scoreWith != null) {
      return score(spark, tokens, periods, settings, granularity, scoreWith, stage, lines);
    }
    TopicCorpus found = settings.enabled() ? TopicCorpus.of(tokens, settings) : null;
    if (found == null || found.isEmpty() || found.modelled() < 2) {
      String why = found == null ? "topics.enabled is false"
          : String.format("%d documents with at least topics.min_document_terms (%d) vocabulary terms; at least 2 needed",
              found.modelled(), settings.minDocumentTerms());
      stage.manifestCount("topics.modelled_documents", found == null ? 0L : found.modelled());
      return none(spark, "no topic model: " + why);
    }
    // Kept: every fit, the coherence counts and the inference read them.
    TopicCorpus corpus = found.withVectors(stage.keep(found.vectors()));
    describe(corpus, "", lines);
    // EM fits read their own vocabulary when its cap differs from the grid's.
    TopicCorpus finalCorpus = corpus;
    if (!settings.finalOptimizer().equals(settings.optimizer())
        && settings.maxDocumentShare(settings.finalOptimizer()) != corpus.maxDocumentShare()) {
      TopicCorpus own = TopicCorpus.of(tokens, settings, settings.finalOptimizer());
      if (own.isEmpty() || own.modelled() < 2) {
        lines.accept(String.format("%s fits keep the grid's vocabulary: capped at %.0f%% of the documents, only %d"
            + " documents have enough terms", settings.finalOptimizer(), 100 * own.maxDocumentShare(), own.modelled()));
      } else {
        finalCorpus = own.withVectors(stage.keep(own.vectors()));
        describe(finalCorpus, settings.finalOptimizer() + " fits: ", lines);
      }
    }
    TopicModels.Selection selection = TopicModels.select(corpus, finalCorpus, settings, seed, lines);
    TopicModels.Fit chosen = selection.chosen();
    TopicCorpus modelled = chosen.corpus();
    return tables(spark, chosen, null, selection, periods, settings, granularity, stage,
        String.format("K=%d chosen of %s (seed %d, coherence %.3f); %d documents modelled, %d with too few terms",
            chosen.k(), selection.fits().stream().map(TopicModels.Fit::k).distinct().toList(), chosen.seed(),
            chosen.coherence(), modelled.modelled(), modelled.tokenDocuments() - modelled.modelled()));
  }

  /** The tables of a saved model's weights of this corpus: no fit, the saved topics and their ids. */
  private static Result score(SparkSession spark, Dataset<Row> tokens, Dataset<Row> periods, TopicSettings settings,
      Granularity granularity, SavedTopicModel saved, StageContext stage, Consumer<String> lines) {
    TopicCorpus found = TopicCorpus.over(tokens, saved.vocabulary(), settings);
    if (found.isEmpty()) {
      stage.manifestCount("topics.modelled_documents", 0L);
      return none(spark, String.format("no document has topics.min_document_terms (%d) terms of the saved model %s",
          settings.minDocumentTerms(), saved.modelId()));
    }
    TopicCorpus corpus = found.withVectors(stage.keep(found.vectors()));
    lines.accept(String.format("scoring with the saved model %s (K=%d, %d terms): %d of %d documents have at least %d"
        + " of its terms (%d tokens)", saved.modelId(), saved.k(), saved.vocabulary().length, corpus.modelled(),
        corpus.tokenDocuments(), settings.minDocumentTerms(), corpus.tokens()));
    TopicModels.Fit scored = TopicModels.score(corpus, saved, settings);
    TopicModels.Selection selection = new TopicModels.Selection(scored, List.of(scored), List.of(String.format(
        "not fitted: the saved model %s (topics.model %s) weighed this corpus's documents", saved.modelId(),
        settings.model())));
    return tables(spark, scored, saved, selection, periods, settings, granularity, stage,
        String.format("%d documents weighed by the saved model %s (K=%d, coherence here %.3f), %d with too few of its"
            + " terms", corpus.modelled(), saved.modelId(), saved.k(), scored.coherence(),
            corpus.tokenDocuments() - corpus.modelled()));
  }

  /** @param saved the model scored, whose topic ids the tables keep; null for a fit of this run */
  private static Result tables(SparkSession spark, TopicModels.Fit chosen, SavedTopicModel saved,
      TopicModels.Selection selection, Dataset<Row> periods, TopicSettings settings, Granularity granularity,
      StageContext stage, String summary) {
    TopicCorpus modelled = chosen.corpus();
    // assign keeps the model's inference; the renumbered weights are a cheap map over it.
    Topics.Assigned assigned = Topics.assign(chosen, stage::keep, saved == null ? null : saved.order());
    SavedTopicModel model = saved != null ? saved : SavedTopicModel.of(chosen, assigned.order());
    Dataset<Row> weights = assigned.weights();
    Dataset<Row> documentTopics = Topics.documentTopics(weights, settings.minDocumentWeight(), model.modelId());
    List<Row> overTime = Topics.overTime(Topics.cells(weights, periods, chosen.k()), chosen.k(), granularity);
    stage.manifestCount("topics.k", chosen.k());
    stage.manifestCount("topics.modelled_documents", modelled.modelled());
    stage.manifestCount("topics.too_few_terms", modelled.tokenDocuments() - modelled.modelled());
    stage.manifestCount("topics.vocabulary", modelled.vocabulary().length);
    stage.manifestCount("topics.tokens", modelled.tokens());
    return new Result(Topics.topicsTable(spark, chosen, assigned, modelled.vocabulary(), settings.topTerms(),
        model.modelId()), chosen.k(), documentTopics, documentTopics.count(), Topics.overTimeFrame(spark, overTime),
        overTime.size(), Topics.selectionTable(spark, selection), selection.fits().size(), chosen, model, summary);
  }

  private static Result none(SparkSession spark, String summary) {
    return new Result(empty(spark, Tables.TOPICS), 0, empty(spark, Tables.DOCUMENT_TOPICS), 0,
        empty(spark, Tables.TOPICS_OVER_TIME), 0, empty(spark, Tables.TOPIC_MODEL_SELECTION), 0, null, null, summary);
  }

  private static Dataset<Row> empty(SparkSession spark, io.newsatlas.io.TableSpec table) {
    return spark.createDataFrame(List.of(), table.schema());
  }

  private static void describe(TopicCorpus corpus, String which, Consumer<String> lines) {
    lines.accept(String.format("%s%d of %d documents modelled (%d tokens, vocabulary %d terms, each in %d to %d documents)",
        which, corpus.modelled(), corpus.tokenDocuments(), corpus.tokens(), corpus.vocabulary().length,
        corpus.minDocumentFrequency(), corpus.maxDocumentFrequency()));
  }
}
