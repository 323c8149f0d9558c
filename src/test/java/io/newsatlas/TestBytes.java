package io.newsatlas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Bytes as test inputs arrive: UTF-8, gzip, Windows-1258. */
public final class TestBytes {
  private TestBytes() {}

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Windows-1258 keeps â, ô, ơ, ư... precomposed and writes the five tones as combining marks after them. */
  public static byte[] windows1258(String text) {
    String tones = "\u0300\u0301\u0303\u0309\u0323";
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder marks = new StringBuilder();
      for (char d : decomposed.toCharArray()) {
        (tones.indexOf(d) >= 0 ? marks : base).append(d);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(marks);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }
}
