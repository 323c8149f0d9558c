package io.newsatlas.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, bundled (a fresh machine or a cluster driver may have no fonts at all) and
 * registered with Java2D once. It carries every Vietnamese letter ("Bộ Công an", "Tô Lâm"), which
 * the JDK's logical fonts map to whatever the system has, or to boxes.
 */
public final class Fonts {
  public static final String FAMILY = "DejaVu Sans";
  static final String REGULAR_TTF = "fonts/DejaVuSans.ttf";
  static final String BOLD_TTF = "fonts/DejaVuSans-Bold.ttf";

  private static Font regular;
  private static Font bold;

  private Fonts() {}

  /** Call before any AWT class loads: charts are drawn without a display. */
  public static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  public static Font regular(float size) {
    load();
    return regular.deriveFont(Font.PLAIN, size);
  }

  public static Font bold(float size) {
    load();
    return bold.deriveFont(Font.BOLD, size);
  }

  /** The TrueType bytes, for embedding in the PDF. */
  public static InputStream ttf(boolean isBold) {
    InputStream in = Fonts.class.getResourceAsStream(isBold ? BOLD_TTF : REGULAR_TTF);
    if (in == null) {
      throw new IllegalStateException("font " + (isBold ? BOLD_TTF : REGULAR_TTF)
          + " missing from the jar (src/main/resources/io/newsatlas/report/); rebuild with mvn package");
    }
    return in;
  }

  private static synchronized void load() {
    if (regular != null) {
      return;
    }
    headless();
    regular = create(false);
    bold = create(true);
    GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
    environment.registerFont(regular);
    environment.registerFont(bold);
  }

  private static Font create(boolean isBold) {
    try (InputStream in = ttf(isBold)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font: " + e.getMessage(), e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the bundled font is damaged: " + e.getMessage(), e);
    }
  }
}
