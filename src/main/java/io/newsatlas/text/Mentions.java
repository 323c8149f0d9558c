package io.newsatlas.text;

import io.newsatlas.ingest.DocumentRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Dictionary matches as mention rows with their sentence, for any matcher (actors' gazetteer, the
 * theme dictionary): one pass per document, sentences split only when something matched.
 */
public final class Mentions {
  private Mentions() {}

  /** Where a matcher found something in a text: character offsets, end exclusive. */
  public interface Span {
    int start();

    int end();
  }

  /** Makes a table's row of one match: the document, the match, its text and its sentence. */
  public interface RowMaker<S extends Span, T> extends Serializable {
    T row(String docId, S span, String matchedText, int sentenceIndex, String sentence);
  }

  /** Reads documents (doc_id, text); one row per match, in the order the matcher gives them. */
  public static <S extends Span, T> Dataset<T> find(Dataset<DocumentRecord> documents, Function<String, List<S>> matcher,
      RowMaker<S, T> maker, Class<T> bean) {
    return documents.flatMap((FlatMapFunction<DocumentRecord, T>) doc ->
        rows(doc.getDocId(), doc.getText(), matcher.call(doc.getText()), maker), Encoders.bean(bean));
  }

  /**
   * As {@link #find(Dataset, Function, RowMaker, Class)}, for a matcher that also reads what an
   * earlier stage found in the same text (e.g. the actors' names), so that is not matched again.
   *
   * @param known mentions found before, any kind: their character spans are handed on per document
   */
  public static <S extends Span, T> Dataset<T> find(Dataset<DocumentRecord> documents,
      Dataset<? extends SentenceMention> known, Function2<String, List<int[]>, List<S>> matcher, RowMaker<S, T> maker,
      Class<T> bean) {
    return withKnownSpans(documents, known).flatMap((FlatMapFunction<Row, T>) row -> {
      String text = row.getAs("text");
      return rows(row.getAs("docId"), text, matcher.call(text, knownSpans(row)), maker);
    }, Encoders.bean(bean));
  }

  /** Documents (docId, text, language) with the spans of {@code known} in each, as knownSpans reads them. */
  public static Dataset<Row> withKnownSpans(Dataset<DocumentRecord> documents, Dataset<? extends SentenceMention> known) {
    Dataset<Row> spans = known.groupBy(functions.col("docId").as("knownDocId")).agg(functions.collect_list(
        functions.array(functions.col("charStart"), functions.col("charEnd"))).as("spans"));
    return documents.select("docId", "text", "language")
        .join(spans, functions.col("docId").equalTo(functions.col("knownDocId")), "left");
  }

  /** The spans (start, end exclusive) of a row of {@link #withKnownSpans}: none when nothing was found. */
  public static List<int[]> knownSpans(Row row) {
    int field = row.fieldIndex("spans");
    if (row.isNullAt(field)) {
      return List.of();
    }
    List<scala.collection.Seq<Integer>> stored = row.getList(field);
    List<int[]> spans = new ArrayList<>(stored.size());
    for (scala.collection.Seq<Integer> span : stored) {
      spans.add(new int[] {span.apply(0), span.apply(1)});
    }
    return spans;
  }

  private static <S extends Span, T> java.util.Iterator<T> rows(String docId, String text, List<S> found,
      RowMaker<S, T> maker) {
    if (found.isEmpty()) {
      return Collections.emptyIterator();
    }
    List<Sentences.Span> sentences = Sentences.split(text);
    List<T> out = new ArrayList<>(found.size());
    for (S span : found) {
      Sentences.Span sentence = Sentences.containing(sentences, span.start());
      out.add(maker.row(docId, span, text.substring(span.start(), span.end()), sentence.index(), sentence.of(text)));
    }
    return out.iterator();
  }
}
