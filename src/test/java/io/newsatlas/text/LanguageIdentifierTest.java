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

  @Test
  void declaredLanguagesAreNormalised() {
    assertThat(Languages.isoCode("EN")).isEqualTo("en");
    assertThat(Languages.isoCode("vi-VN")).isEqualTo("vi");
    assertThat(Languages.isoCode("Vietnamese")).isEqualTo("vi");
    assertThat(Languages.isoCode("unknown")).isNull();
  }
}
