package io.newsatlas.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * Saves figures as bytes (the caller writes them through the Hadoop filesystem): PNG for slides,
 * and a one-page vector PDF that the report embeds. In the PDF, text is drawn as glyph outlines
 * from the bundled font, since JFreePDF's own text uses the 14 standard PDF fonts, which have no
 * Vietnamese letters.
 */
public final class FigureWriter {
  private FigureWriter() {}

  public static byte[] png(Figure figure, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      draw(figure, g2, width, height);
    } finally {
      g2.dispose();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart " + figure.name() + " as PNG: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  public static byte[] pdf(Figure figure, int width, int height) {
    PDFDocument document = new PDFDocument();
    document.setTitle(figure.title());
    Page page = document.createPage(new Rectangle2D.Double(0, 0, width, height));
    PDFGraphics2D g2 = page.getGraphics2D();
    g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    draw(figure, g2, width, height);
    return document.getPDFBytes();
  }

  static void draw(Figure figure, Graphics2D g2, int width, int height) {
    g2.setColor(Color.WHITE);
    g2.fillRect(0, 0, width, height);
    if (!figure.isGrid()) {
      figure.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height));
      return;
    }
    ChartStyle style = new ChartStyle(width);
    Font titleFont = style.boldFont(34);
    FontMetrics metrics = g2.getFontMetrics(titleFont);
    double top = style.size(16) + metrics.getHeight() + style.size(12);
    g2.setFont(titleFont);
    g2.setColor(ChartStyle.TEXT);
    g2.drawString(figure.title(), (float) (width - metrics.stringWidth(figure.title())) / 2,
        style.size(16) + metrics.getAscent());
    int columns = Math.max(1, figure.columns());
    int rows = (figure.panels().size() + columns - 1) / columns;
    double cellWidth = (double) width / columns;
    double cellHeight = (height - top) / Math.max(1, rows);
    for (int i = 0; i < figure.panels().size(); i++) {
      JFreeChart panel = figure.panels().get(i);
      panel.draw(g2, new Rectangle2D.Double((i % columns) * cellWidth, top + (i / columns) * cellHeight,
          cellWidth, cellHeight));
    }
  }
}
