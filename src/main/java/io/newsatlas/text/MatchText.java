package io.newsatlas.text;

/**
 * The form text takes for dictionary matching: lower case, hyphens and dashes as spaces, and one
 * Vietnamese tone placement. The old and new styles put the tone of syllable-final "oa", "oe",
 * "uy" on different vowels ("hòa"/"hoà", "túy"/"tuý"); both become the new style here. Every
 * change keeps the length, so offsets found in this form are offsets in the NFC text.
 */
public final class MatchText {
  private static final String OLD_STYLE = "òóỏõọ" + "ùúủũụ";
  private static final String TONE_ON_A = "àáảãạ";
  private static final String TONE_ON_E = "èéẻẽẹ";
  private static final String TONE_ON_Y = "ỳýỷỹỵ";

  private MatchText() {}

  /** @param nfc text already in Unicode NFC (documents.text is) */
  public static String canonical(String nfc) {
    char[] out = new char[nfc.length()];
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      out[i] = isDash(c) ? ' ' : c == '’' || c == 'ʼ' ? '\'' : Character.toLowerCase(c);
    }
    for (int i = 0; i + 1 < out.length; i++) {
      int tone = OLD_STYLE.indexOf(out[i]);
      boolean syllableEnd = i + 2 >= out.length || !Character.isLetter(out[i + 2]);
      if (tone < 0 || !syllableEnd || (i > 0 && out[i - 1] == 'q')) {
        continue;
      }
      char next = out[i + 1];
      int toneIndex = tone % 5;
      if (tone < 5 && next == 'a') {
        out[i] = 'o';
        out[i + 1] = TONE_ON_A.charAt(toneIndex);
      } else if (tone < 5 && next == 'e') {
        out[i] = 'o';
        out[i + 1] = TONE_ON_E.charAt(toneIndex);
      } else if (tone >= 5 && next == 'y') {
        out[i] = 'u';
        out[i + 1] = TONE_ON_Y.charAt(toneIndex);
      }
    }
    return new String(out);
  }

  /** {@link #canonical} without diacritics ("tô lâm" -> "to lam", "đ" -> "d"), still one char per char. */
  public static String folded(String nfc) {
    char[] out = canonical(nfc).toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == 'đ') {
        out[i] = 'd';
      } else if (c > 0x7F && Character.isLetter(c)) {
        out[i] = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
      }
    }
    return new String(out);
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—' || c == '/';
  }
}
