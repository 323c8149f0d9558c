package io.newsatlas.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides how the bytes of a file become text: byte-order marks, UTF-16 without a mark, binary
 * files, strict UTF-8, then the configured fallback encodings. Each decision is recorded so the
 * documents table can say which encoding a text was read with.
 */
public final class Decoding {
  /** Share of control characters above which decoded "text" is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private Decoding() {}

  /**
   * How to decode a file.
   *
   * @param bomLength bytes of byte-order mark to skip
   * @param note why a fallback was used, or null
   */
  public record Detected(Charset charset, int bomLength, String note) {
    public String encoding() {
      return charset.name();
    }
  }

  /**
   * Chooses the charset from the first bytes of a file.
   *
   * @param complete whether {@code head} is the whole file (then a truncated multi-byte sequence at
   *     its end is an error, not a cut)
   */
  public static Detected detect(byte[] head, int length, boolean complete, List<String> fallbacks)
      throws RejectedInput {
    if (length == 0) {
      throw new RejectedInput(RejectReason.EMPTY, "empty (0 bytes)");
    }
    if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
      return new Detected(StandardCharsets.UTF_8, 3, null);
    }
    if (startsWith(head, length, 0xFF, 0xFE)) {
      return new Detected(StandardCharsets.UTF_16LE, 2, null);
    }
    if (startsWith(head, length, 0xFE, 0xFF)) {
      return new Detected(StandardCharsets.UTF_16BE, 2, null);
    }
    String magic = binaryMagic(head, length);
    if (magic != null) {
      throw new RejectedInput(RejectReason.BINARY, "binary file (" + magic + "); extract its text first");
    }
    Charset utf16 = utf16WithoutBom(head, length);
    if (utf16 != null) {
      return new Detected(utf16, 0, "no byte-order mark; NUL byte pattern says " + utf16.name());
    }
    if (indexOf(head, length, (byte) 0) >= 0) {
      throw new RejectedInput(RejectReason.BINARY,
          "binary file (NUL byte at offset " + indexOf(head, length, (byte) 0) + "); newsatlas reads text only");
    }
    int badOffset = firstInvalidUtf8(head, length, complete);
    if (badOffset < 0) {
      String decoded = new String(head, 0, length, StandardCharsets.UTF_8);
      // A partial head may end inside a character, which decodes as U+FFFD: that is a cut, not binary.
      rejectIfControlHeavy(complete ? decoded : decoded.replaceAll("\uFFFD+$", ""));
      return new Detected(StandardCharsets.UTF_8, 0, null);
    }
    String badByte = String.format("0x%02X", head[badOffset] & 0xFF);
    for (String name : fallbacks) {
      Charset charset = Charset.forName(name);
      String text = strictDecode(head, length, charset);
      if (text != null && looksLikeText(text)) {
        return new Detected(charset, 0,
            "not valid UTF-8 (byte " + badByte + " at offset " + badOffset + "); read as " + charset.name());
      }
    }
    throw new RejectedInput(RejectReason.BAD_ENCODING,
        "not valid UTF-8 (byte " + badByte + " at offset " + badOffset + ")"
            + (fallbacks.isEmpty() ? "" : " nor " + String.join(", ", fallbacks))
            + "; convert it to UTF-8 (iconv -f ENCODING -t UTF-8) or add its encoding to ingest.fallback_encodings");
  }

  /** Decodes a whole file with what {@link #detect} chose; the result is checked again for binary content. */
  public static String decode(byte[] bytes, int length, Detected detected) throws RejectedInput {
    String text = strictDecode(bytes, detected.bomLength(), length - detected.bomLength(), detected.charset());
    if (text == null) {
      throw new RejectedInput(RejectReason.BAD_ENCODING,
          "not valid " + detected.encoding() + " further into the file; convert it to UTF-8");
    }
    rejectIfControlHeavy(text);
    return text;
  }

  /** The printable start of some bytes, for rejects.sample (never throws). */
  public static String sample(byte[] bytes, int length, int maxChars) {
    String text = new String(bytes, 0, Math.min(length, maxChars * 4), StandardCharsets.ISO_8859_1);
    return printable(text, maxChars);
  }

  /** Control characters shown as \\uXXXX, cut to maxChars, so a sample is always safe to print. */
  public static String printable(String text, int maxChars) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < maxChars; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r') {
        out.append(' ');
      } else if (Character.isISOControl(c) || c == '\uFFFD') {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() > maxChars ? out.substring(0, maxChars) : out.toString();
  }

  private static void rejectIfControlHeavy(String text) throws RejectedInput {
    if (!looksLikeText(text)) {
      throw new RejectedInput(RejectReason.BINARY,
          "binary content (more than " + (int) (MAX_CONTROL_SHARE * 100) + "% control characters)");
    }
  }

  private static boolean looksLikeText(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean whitespace = c == '\n' || c == '\r' || c == '\t' || c == '\f';
      // C1 controls (U+0080..U+009F) appear when a wrong single-byte code page is applied.
      if ((Character.isISOControl(c) && !whitespace) || c == '\uFFFD') {
        controls++;
      }
    }
    return controls <= MAX_CONTROL_SHARE * Math.max(1, text.length());
  }

  private static String strictDecode(byte[] bytes, int length, Charset charset) {
    return strictDecode(bytes, 0, length, charset);
  }

  private static String strictDecode(byte[] bytes, int offset, int length, Charset charset) {
    try {
      return newStrictDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static CharsetDecoder newStrictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Offset of the first byte that breaks UTF-8, or -1; a sequence cut by the end of a partial head is fine. */
  private static int firstInvalidUtf8(byte[] bytes, int length, boolean complete) {
    CharsetDecoder decoder = newStrictDecoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, complete);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      return complete && in.hasRemaining() ? in.position() : -1;
    }
  }

  private static Charset utf16WithoutBom(byte[] head, int length) {
    int sample = Math.min(length, 4096) & ~1;
    if (sample < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < sample; i += 2) {
      evenZeros += head[i] == 0 ? 1 : 0;
      oddZeros += head[i + 1] == 0 ? 1 : 0;
    }
    int pairs = sample / 2;
    // Latin text in UTF-16 has a zero in the high byte of nearly every unit, and almost none in the low byte.
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String binaryMagic(byte[] head, int length) {
    if (startsWith(head, length, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(head, length, 'P', 'K', 3, 4)) {
      return "ZIP archive, or an Office document";
    }
    if (startsWith(head, length, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(head, length, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "legacy Office document";
    }
    if (startsWith(head, length, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    if (startsWith(head, length, 'P', 'A', 'R', '1')) {
      return "Parquet data with a text extension";
    }
    if (startsWith(head, length, 0x1F, 0x8B)) {
      return "gzip data without a .gz extension";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, int length, byte value) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
