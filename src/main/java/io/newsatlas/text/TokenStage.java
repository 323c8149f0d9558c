package io.newsatlas.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.newsatlas.config.TokenSettings;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.io.StageContext;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Stage: the tokens table, collocations learned from the corpus, then each document's terms and concepts. */
public final class TokenStage {
  private TokenStage() {}

  /** The tokens table (one row per document), its term total, and the collocations learned per language. */
  public record Result(Dataset<Row> tokens, long documents, long terms, Map<String, Integer> collocations) {
    public String summary() {
      return String.format("%d terms in %d documents; collocations learned %s", terms, documents, collocations);
    }
  }

  /**
   * @param themeMentions and {@code actorMentions}: docId, charStart and themeId / actorId, which
   *     become the language-neutral terms 'concept:&lt;theme&gt;' and 'actor:&lt;actor&gt;' (tokens.concepts)
   */
  public static Result run(Dataset<DocumentRecord> documents, Dataset<?> themeMentions, Dataset<?> actorMentions,
      Tokenizer tokenizer, TokenSettings settings, StageContext stage) {
    Tokens.Learned learned = Tokens.learnCollocations(documents, tokenizer, settings);
    Dataset<Row> concepts = !settings.concepts() ? null
        : themeMentions.select(col("docId"), col("charStart"), concat(lit("concept:"), col("themeId")).as("concept"))
            .union(actorMentions.select(col("docId"), col("charStart"), concat(lit("actor:"), col("actorId")).as("concept")));
    Dataset<Row> tokens = stage.keep(Tokens.table(documents, tokenizer.with(learned.collocations()), concepts));
    Row size = tokens.agg(count(lit(1)), sum("termCount")).first();
    Result result = new Result(tokens, size.getLong(0), size.isNullAt(1) ? 0 : size.getLong(1),
        new TreeMap<>(learned.perLanguage()));
    stage.manifestCount("tokens.terms", result.terms());
    result.collocations().forEach((language, n) -> stage.manifestCount("tokens.collocations." + language, n));
    return result;
  }
}
