package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import io.newsatlas.TestBytes;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private static final List<String> FALLBACKS = List.of("windows-1258", "windows-1252");

  private static String decode(byte[] bytes, List<String> fallbacks) throws RejectedInput {
    Decoding.Detected detected = Decoding.detect(bytes, bytes.length, true, fallbacks);
    return Decoding.decode(bytes, bytes.length, detected);
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() throws RejectedInput {
    byte[] plain = "Bộ Công an".getBytes(StandardCharsets.UTF_8);
    assertThat(decode(plain, FALLBACKS)).isEqualTo("Bộ Công an");
    byte[] bom = TestBytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(decode(bom, FALLBACKS)).isEqualTo("Bộ Công an");
  }

  @Test
  void utf16WithMarkAndWithout() throws RejectedInput {
    String text = "Ministry of Public Security and Bộ Công an";
    byte[] le = TestBytes.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    assertThat(decode(le, FALLBACKS)).isEqualTo(text);
    byte[] beNoMark = text.getBytes(StandardCharsets.UTF_16BE);
    Decoding.Detected detected = Decoding.detect(beNoMark, beNoMark.length, true, FALLBACKS);
    assertThat(detected.charset()).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(detected.note()).contains("no byte-order mark");
  }

  @Test
  void vietnameseWindows1258IsReadThroughTheFallback() throws RejectedInput {
    // Windows-1258 writes tones as combining marks, so the bytes come from the decomposed form.
    byte[] bytes = TestBytes.windows1258("Bộ Công an phòng chống ma túy");
    Decoding.Detected detected = Decoding.detect(bytes, bytes.length, true, FALLBACKS);
    assertThat(detected.encoding()).isEqualTo("windows-1258");
    assertThat(detected.note()).startsWith("not valid UTF-8 (byte 0x");
    String text = Decoding.decode(bytes, bytes.length, detected);
    assertThat(Normalizer.normalize(text, Normalizer.Form.NFC)).isEqualTo("Bộ Công an phòng chống ma túy");
  }

  @Test
  void invalidUtf8WithoutFallbackIsRejectedWithTheOffset() {
    byte[] bytes = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> decode(bytes, List.of()))
        .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BAD_ENCODING))
        .hasMessageContaining("byte 0xE9 at offset 3")
        .hasMessageContaining("iconv");
  }

  @Test
  void bytesNoFallbackCanReadAreRejected() {
    // 0x81 and 0x8D are undefined in windows-1258 and windows-1252, and invalid in UTF-8.
    byte[] bytes = {'a', 'b', (byte) 0x81, (byte) 0x8D, 'c', 'd'};
    assertThatThrownBy(() -> decode(bytes, FALLBACKS))
        .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BAD_ENCODING))
        .hasMessageContaining("nor windows-1258, windows-1252");
  }

  @Test
  void binaryFilesAreNamed() {
    assertThatThrownBy(() -> decode("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), FALLBACKS))
        .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY))
        .hasMessageContaining("PDF");
    byte[] withNul = {'a', 'b', 0, 0, 0, 1, 2, 3, 'c', 0, 0, 0, 9, 9};
    assertThatThrownBy(() -> decode(withNul, FALLBACKS))
        .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY))
        .hasMessageContaining("NUL byte at offset 2");
  }

  @Test
  void emptyInputIsEmpty() {
    assertThatThrownBy(() -> decode(new byte[0], FALLBACKS))
        .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.EMPTY));
  }

  @Test
  void aMultiByteCharacterCutAtTheEndOfAPartialHeadIsNotAnError() throws RejectedInput {
    byte[] bytes = "Việ".getBytes(StandardCharsets.UTF_8);
    int cut = bytes.length - 1;
    assertThat(Decoding.detect(bytes, cut, false, List.of()).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Decoding.detect(bytes, cut, true, List.of())).isInstanceOf(RejectedInput.class);
  }

  @Test
  void samplesEscapeControlCharacters() {
    assertThat(Decoding.printable("a\u0001b\nc", 20)).isEqualTo("a\\u0001b c");
  }

}
