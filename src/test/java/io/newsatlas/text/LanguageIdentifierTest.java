package io.newsatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  private final LanguageIdentifier identifier = new LanguageIdentifier(TestSettings.defaults().language());

  @Test
  void englishAndVietnameseSeeds() throws IOException {
    LanguageIdentifier.Result en = identifier.identify(Files.readString(Path.of("seeds/000_0e4843c05f27767b.txt")));
    assertThat(en.language()).isEqualTo("en");
    assertThat(en.confidence()).isGreaterThan(0.1);
    LanguageIdentifier.Result vi = identifier.identify(Files.readString(Path.of("seeds/001_66657b37b6429b82.txt")));
    assertThat(vi.language()).isEqualTo("vi");
    assertThat(vi.confidence()).isGreaterThan(0.1);
  }

  @Test
  void textWithoutLettersIsUndetermined() {
    assertThat(identifier.identify("12345 67890 !!! ... 2026-02-13").language()).isEqualTo("und");
  }

  /** Swahili is no candidate: the detector's nearest guess holds none of that language's common words. */
  @Test
  void aLanguageTheDetectorWasNotGivenIsUndetermined() {
    String swahili = "Rais wa Jamhuri ya Muungano wa Tanzania amesema kwamba serikali itaendelea kushirikiana na nchi"
        + " jirani katika kupambana na uhalifu wa kimataifa, hasa biashara ya dawa za kulevya na usafirishaji haramu wa"
        + " binadamu. Aliongeza kuwa polisi wa nchi hizo watabadilishana taarifa mara kwa mara ili kuwakamata wahalifu."
        + " Mkutano huo ulifanyika jijini Dar es Salaam na kuhudhuriwa na mawaziri wa mambo ya ndani kutoka nchi tano.";
    // Without a minimum margin, only the common words can tell.
    LanguageIdentifier anyMargin = new LanguageIdentifier(TestSettings.defaults("language.min_confidence=0").language());
    LanguageIdentifier.Result result = anyMargin.identify(swahili);
    assertThat(result.language()).isEqualTo("und");
    assertThat(result.bestGuess()).isNotNull().isNotEqualTo("und");
    LanguageIdentifier noCheck = new LanguageIdentifier(TestSettings.defaults("language.min_confidence=0",
        "language.min_common_word_share=0").language());
    assertThat(noCheck.identify(swahili).language()).isEqualTo(result.bestGuess());
  }

  @Test
  void englishProseHoldsItsCommonWordsAndATableOfFiguresIsNotChecked() throws IOException {
    assertThat(identifier.holdsCommonWords(Files.readString(Path.of("seeds/000_0e4843c05f27767b.txt")), "en")).isTrue();
    assertThat(identifier.holdsCommonWords(Files.readString(Path.of("seeds/001_66657b37b6429b82.txt")), "vi")).isTrue();
    // The same Vietnamese text is no Indonesian.
    assertThat(identifier.holdsCommonWords(Files.readString(Path.of("seeds/001_66657b37b6429b82.txt")), "id")).isFalse();
    String earnings = "Shr 1.23 dlrs vs 98 cts Net 12.5 mln vs 9.8 mln Revs 120.4 mln vs 110.2 mln Nine mths Shr 3.10"
        + " dlrs vs 2.75 dlrs Net 31.2 mln vs 27.1 mln Revs 350.1 mln vs 320.6 mln Avg shrs 10.1 mln vs 9.9 mln";
    assertThat(identifier.holdsCommonWords(earnings, "en")).isTrue();
  }

  @Test
  void declaredLanguagesAreNormalised() {
    assertThat(Languages.isoCode("EN")).isEqualTo("en");
    assertThat(Languages.isoCode("vi-VN")).isEqualTo("vi");
    assertThat(Languages.isoCode("Vietnamese")).isEqualTo("vi");
    assertThat(Languages.isoCode("unknown")).isNull();
  }
}
