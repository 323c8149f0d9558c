package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutletCreditsTest {
  private static String seed(String name) throws IOException {
    return Files.readString(Path.of("seeds", name), StandardCharsets.UTF_8);
  }

  @Test
  void theSeedsCreditTheirAgency() throws IOException {
    assertThat(OutletCredits.of(seed("000_0e4843c05f27767b.txt"))).isEqualTo("VNA/VNS"); // "... height. — VNA/VNS"
    assertThat(OutletCredits.of(seed("002_cb2f719aa211d3bc.txt"))).isEqualTo("VNA/VNS"); // "... and Combat. VNA/VNS"
    assertThat(OutletCredits.of(seed("003_beb61ad7c67d1cbe.txt"))).isEqualTo("MPS"); // "MPS - General To Lam ..."
    // The Vietnamese text and the dialogue report carry no credit.
    assertThat(OutletCredits.of(seed("001_66657b37b6429b82.txt"))).isNull();
    assertThat(OutletCredits.of(seed("004_c15bed645eba28ea.txt"))).isNull();
  }

  @Test
  void wireDatelinesAndSignOffs() {
    assertThat(OutletCredits.of("WASHINGTON, March 3 (Reuters) - The Treasury said ...")).isEqualTo("Reuters");
    assertThat(OutletCredits.of("Shares rose 5 pct, the company said.\n Reuter")).isEqualTo("Reuters");
    assertThat(OutletCredits.of("Hà Nội (TTXVN) - Chiều 13/2, Bộ trưởng ...")).isEqualTo("TTXVN");
  }

  @Test
  void anAgencyNamedInTheLastSentenceIsNoCredit() {
    assertThat(OutletCredits.of("The minister met officials of the MPS.")).isNull();
    assertThat(OutletCredits.of("He spoke to AP")).isNull();
    assertThat(OutletCredits.of("")).isNull();
  }
}
