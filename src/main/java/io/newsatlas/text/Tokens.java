package io.newsatlas.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import io.newsatlas.config.TokenSettings;
import io.newsatlas.ingest.DocumentRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/** Stage: documents -> the tokens table (terms in order, plus dictionary concepts). */
public final class Tokens {
  private Tokens() {}

  private static final StructType PAIR = new StructType()
      .add("language", DataTypes.StringType)
      .add("first", DataTypes.StringType)
      .add("second", DataTypes.StringType);

  /** Collocations statistics need a corpus; fewer documents of a language than this learn none. */
  public record Learned(Collocations collocations, Map<String, Integer> perLanguage) {}

  /**
   * Learns collocations pass by pass: adjacent non-stop units of a clause are a candidate pair;
   * a pair is kept when seen at least min_count times with NPMI = ln(p(ab)/(p(a)p(b))) / -ln p(ab)
   * of at least min_npmi, probabilities over the language's units.
   */
  public static Learned learnCollocations(Dataset<DocumentRecord> documents, Tokenizer tokenizer,
      TokenSettings settings) {
    Tokenizer current = tokenizer;
    for (int pass = 0; pass < settings.collocationPasses(); pass++) {
      Broadcast<Tokenizer> shared = broadcast(documents, current);
      // One row per unit (second = null) and per adjacent pair; counted on the executors.
      Dataset<Row> counted = documents.flatMap((FlatMapFunction<DocumentRecord, Row>) doc -> {
        Tokenizer passTokenizer = shared.value();
        List<Row> out = new ArrayList<>();
        String language = doc.getLanguage();
        for (List<String> clause : passTokenizer.units(doc.getText(), language)) {
          String previous = null;
          for (String unit : clause) {
            boolean stop = passTokenizer.isStopWord(unit, language);
            if (!stop) {
              out.add(RowFactory.create(language, unit, null));
              if (previous != null) {
                out.add(RowFactory.create(language, previous, unit));
              }
            }
            previous = stop ? null : unit;
          }
        }
        return out.iterator();
      }, Encoders.row(PAIR)).groupBy("language", "first", "second").count().persist(StorageLevel.MEMORY_AND_DISK());
      // Kept: the totals and the frequent pairs below both read it, and each read would tokenize the corpus again.
      Map<String, Long> totals = new HashMap<>();
      for (Row row : counted.filter(col("second").isNull()).groupBy("language").sum("count").collectAsList()) {
        totals.put(row.getString(0), row.getLong(1));
      }
      Dataset<Row> frequent = counted.filter(col("count").geq(settings.collocationMinCount()));
      Map<String, Long> unitCounts = new HashMap<>();
      List<Row> pairs = new ArrayList<>();
      for (Row row : frequent.collectAsList()) {
        if (row.isNullAt(2)) {
          unitCounts.put(row.getString(0) + '\t' + row.getString(1), row.getLong(3));
        } else {
          pairs.add(row);
        }
      }
      Map<String, List<Scored>> scored = new HashMap<>();
      for (Row pair : pairs) {
        String language = pair.getString(0);
        double n = totals.get(language);
        double pab = pair.getLong(3) / n;
        double pa = unitCounts.get(language + '\t' + pair.getString(1)) / n;
        double pb = unitCounts.get(language + '\t' + pair.getString(2)) / n;
        double npmi = pab >= 1 ? 1 : Math.log(pab / (pa * pb)) / -Math.log(pab);
        if (npmi >= settings.collocationMinNpmi()) {
          scored.computeIfAbsent(language, l -> new ArrayList<>())
              .add(new Scored(pair.getString(1), pair.getString(2), npmi));
        }
      }
      Map<String, List<String[]>> kept = new HashMap<>();
      scored.forEach((language, list) -> kept.put(language, list.stream()
          .sorted(Comparator.comparingDouble(Scored::npmi).reversed()
              .thenComparing(Scored::first).thenComparing(Scored::second))
          .limit(settings.collocationMaxTerms())
          .map(s -> new String[] {s.first(), s.second()})
          .toList()));
      counted.unpersist();
      if (kept.isEmpty()) {
        break;
      }
      current = current.with(current.collocations().plusPass(kept));
    }
    Map<String, Integer> perLanguage = new HashMap<>();
    for (String language : current.collocations().languages()) {
      perLanguage.put(language, current.collocations().size(language));
    }
    return new Learned(current.collocations(), perLanguage);
  }

  /** The word list makes the tokenizer megabytes: shipped once per executor, not with every task. */
  private static Broadcast<Tokenizer> broadcast(Dataset<?> data, Tokenizer tokenizer) {
    return JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext()).broadcast(tokenizer);
  }

  private record Scored(String first, String second, double npmi) {}

  /**
   * The tokens table: each document's terms, and its concepts in text order.
   *
   * @param conceptMentions rows (docId, charStart, concept) from the dictionary matches, or null
   */
  public static Dataset<Row> table(Dataset<DocumentRecord> documents, Tokenizer tokenizer, Dataset<Row> conceptMentions) {
    StructType schema = new StructType()
        .add("docId", DataTypes.StringType, false)
        .add("language", DataTypes.StringType)
        .add("terms", DataTypes.createArrayType(DataTypes.StringType, false));
    Broadcast<Tokenizer> shared = broadcast(documents, tokenizer);
    Dataset<Row> terms = documents.map((MapFunction<DocumentRecord, Row>) doc -> RowFactory.create(doc.getDocId(),
        doc.getLanguage(), shared.value().terms(doc.getText(), doc.getLanguage()).toArray(new String[0])),
        Encoders.row(schema));
    Dataset<Row> withConcepts;
    if (conceptMentions == null) {
      withConcepts = terms.withColumn("concepts", expr("cast(array() as array<string>)"));
    } else {
      Dataset<Row> concepts = conceptMentions
          .groupBy("docId")
          .agg(sort_array(collect_list(struct(col("charStart"), col("concept")))).as("found"))
          .select(col("docId"), expr("transform(found, f -> f.concept)").as("concepts"));
      withConcepts = terms.join(concepts, terms.col("docId").equalTo(concepts.col("docId")), "left")
          .select(terms.col("docId"), terms.col("language"), terms.col("terms"),
              expr("coalesce(concepts, cast(array() as array<string>))").as("concepts"));
    }
    return withConcepts.withColumn("termCount", expr("size(terms)"));
  }
}
