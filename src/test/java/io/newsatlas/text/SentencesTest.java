package io.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> sentences(String text) {
    return Sentences.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void aSentenceEndsAtALineBreakOrAPeriodBeforeACapital() {
    assertThat(sentences("Police seized heroin. Three men were held!\nThe case goes on? It does."))
        .containsExactly("Police seized heroin.", "Three men were held!", "The case goes on?", "It does.");
    assertThat(sentences("Talks on Oct. 30 went on. 2 sides met.")).containsExactly("Talks on Oct. 30 went on. 2 sides met.");
  }

  @Test
  void initialsInitialismsAndTitlesDoNotEndASentence() {
    // Seed 003, and Reuters' "Abe met President Ronald Reagan and U.S. Congressional leaders".
    assertThat(sentences("U.S. Secretary of State M. Pompeo met Gen. To Lam. Abe met Reagan and U.S. Congressional leaders."))
        .containsExactly("U.S. Secretary of State M. Pompeo met Gen. To Lam.", "Abe met Reagan and U.S. Congressional leaders.");
    assertThat(sentences("Mr. Baker met George W. Bush. Then I left. I. Then A."))
        .containsExactly("Mr. Baker met George W. Bush.", "Then I left.", "I.", "Then A.");
  }
}
