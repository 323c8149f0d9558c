package io.newsatlas.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoherenceTest {
  @Test
  void npmiOfPairsOverDocuments() {
    // Terms 0 and 1 always together (2 of 4 documents); 2 alone in one; 3 with 0 once.
    List<int[]> documents = List.of(new int[] {0, 1, 1}, new int[] {0, 1, 3}, new int[] {2}, new int[] {4});
    Coherence.Counts counts = Coherence.count(documents, List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}));
    assertThat(counts.documents()).isEqualTo(4);
    // p(0,1) = p(0) = p(1) = 1/2: ln(2) / ln(2) = 1.
    assertThat(counts.topic(new int[] {0, 1})).isCloseTo(1.0, within(1e-12));
    // Never together.
    assertThat(counts.topic(new int[] {0, 2})).isEqualTo(-1.0);
    // p(0,3) = 1/4, p(0) = 1/2, p(3) = 1/4: ln(2) / ln(4) = 0.5.
    assertThat(counts.topic(new int[] {0, 3})).isCloseTo(0.5, within(1e-12));
    // A topic's score is the mean over its pairs; (1, 3) meet like (0, 3): (1 + 0.5 + 0.5) / 3.
    assertThat(counts.topic(new int[] {0, 1, 3})).isCloseTo(2.0 / 3, within(1e-12));
  }
}
