package io.newsatlas.text;

import io.newsatlas.ingest.DocumentRecord;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

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
    return documents.flatMap((FlatMapFunction<DocumentRecord, T>) doc -> {
      String text = doc.getText();
      List<S> found = matcher.call(text);
      if (found.isEmpty()) {
        return Collections.emptyIterator();
      }
      List<Sentences.Span> sentences = Sentences.split(text);
      List<T> out = new ArrayList<>(found.size());
      for (S span : found) {
        Sentences.Span sentence = Sentences.containing(sentences, span.start());
        out.add(maker.row(doc.getDocId(), span, text.substring(span.start(), span.end()), sentence.index(),
            sentence.of(text)));
      }
      return out.iterator();
    }, Encoders.bean(bean));
  }
}
