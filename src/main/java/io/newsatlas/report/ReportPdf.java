package io.newsatlas.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out the PDF report on A4 landscape pages with PDFBox: headings, wrapped paragraphs, vector
 * charts (one-page PDFs from {@link FigureWriter#pdf}) and tables whose cells wrap. The bundled
 * DejaVu Sans is embedded (subset), so Vietnamese renders and can be searched and copied.
 */
public final class ReportPdf implements Closeable {
  static final float WIDTH = PDRectangle.A4.getHeight();
  static final float HEIGHT = PDRectangle.A4.getWidth();
  static final float MARGIN = 36;
  static final float FOOTER = 22;
  static final float BODY = 10.5f;
  private static final Color MUTED = new Color(0x555555);
  /** A table cell's paragraph that starts with this is small print (doc ids under a citation). */
  public static final String SMALL = "\u001F";
  private static final float SMALL_SCALE = 0.78f;
  private static final Color RULE = new Color(0xCCCCCC);
  private static final Color HEADER_FILL = new Color(0xE8EDF3);
  private static final Color STRIPE = new Color(0xF6F6F6);

  private final PDDocument doc = new PDDocument();
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final List<PDDocument> imported = new ArrayList<>();
  private final Map<Integer, Boolean> encodable = new HashMap<>();
  private final String footer;
  private PDPageContentStream cs;
  private float y;
  private int pages;
  /** Sections as marked: title and the page they start on, for the contents and the outline. */
  private final List<Object[]> sections = new ArrayList<>();
  private int contentsPage;
  private float contentsTop;
  private int contentsLines;

  /** @param footer printed at the foot of every page, with the page number */
  public ReportPdf(String title, String footer) {
    this.footer = footer;
    try (InputStream r = Fonts.ttf(false); InputStream b = Fonts.ttf(true)) {
      regular = PDType0Font.load(doc, r, true);
      bold = PDType0Font.load(doc, b, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed the report font: " + e.getMessage(), e);
    }
    doc.getDocumentInformation().setTitle(title);
    doc.getDocumentInformation().setCreator("newsatlas");
  }

  public int pages() {
    return pages;
  }

  public void newPage() {
    try {
      closeStream();
      PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
      doc.addPage(page);
      pages++;
      cs = new PDPageContentStream(doc, page);
      y = HEIGHT - MARGIN;
      String foot = safe(footer + " · page " + pages, regular);
      text(foot, regular, 8, MUTED, MARGIN, MARGIN / 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A section starts on the current page: the contents list it with its page, the PDF outline too. */
  public void mark(String title) {
    sections.add(new Object[] {title, pages});
  }

  /**
   * Leaves room here for the contents: {@code lines} lines, filled in when the PDF is written and
   * every section's page is known.
   */
  public void reserveContents(int lines) {
    if (cs == null || remaining() < lines * BODY * 1.5f) {
      newPage();
    }
    contentsPage = pages;
    contentsTop = y;
    contentsLines = lines;
    y -= lines * BODY * 1.5f;
  }

  private void writeContents() throws IOException {
    org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline outline =
        new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
    doc.getDocumentCatalog().setDocumentOutline(outline);
    for (Object[] section : sections) {
      var item = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem();
      item.setTitle((String) section[0]);
      var destination = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
      destination.setPage(doc.getPage((int) section[1] - 1));
      item.setDestination(destination);
      outline.addLast(item);
    }
    if (contentsPage == 0) {
      return;
    }
    try (PDPageContentStream contents = new PDPageContentStream(doc, doc.getPage(contentsPage - 1),
        PDPageContentStream.AppendMode.APPEND, true, true)) {
      PDPageContentStream body = cs;
      cs = contents;
      float line = contentsTop;
      float pageColumn = MARGIN + 360;
      for (int i = 0; i < Math.min(contentsLines, sections.size()); i++) {
        line -= BODY * 1.5f;
        String title = safe((String) sections.get(i)[0], regular);
        text(title, regular, BODY + 0.5f, Color.BLACK, MARGIN + 12, line);
        String page = String.valueOf(sections.get(i)[1]);
        text(page, regular, BODY + 0.5f, Color.BLACK, pageColumn - width(page, regular, BODY + 0.5f), line);
      }
      cs = body;
    }
  }

  /** Room left on the page above the footer. */
  public float remaining() {
    return y - MARGIN - FOOTER / 2;
  }

  public void heading(String text, float size) {
    paragraph(text, true, size, Color.BLACK, size * 0.5f);
  }

  public void paragraph(String text) {
    paragraph(text, false, BODY, Color.BLACK, 4);
  }

  public void muted(String text) {
    paragraph(text, false, BODY - 1, MUTED, 3);
  }

  /** Wrapped text; moves to a new page when the next line does not fit. */
  public void paragraph(String text, boolean isBold, float size, Color color, float spaceAfter) {
    PDType0Font font = isBold ? bold : regular;
    float leading = size * 1.3f;
    for (String line : wrap(safe(text, font), font, size, contentWidth())) {
      if (cs == null || remaining() < leading) {
        newPage();
      }
      y -= size;
      text(line, font, size, color, MARGIN, y);
      y -= leading - size;
    }
    y -= spaceAfter;
  }

  /** Lines the text takes at this size (to reserve room before drawing). */
  public int lines(String text, boolean isBold, float size) {
    PDType0Font font = isBold ? bold : regular;
    return wrap(safe(text, font), font, size, contentWidth()).size();
  }

  /** A one-page vector PDF scaled to the page width (or to {@code maxHeight}), centred. */
  public void figure(byte[] onePagePdf, float aspectWidth, float aspectHeight, float maxHeight) {
    try {
      PDDocument source = Loader.loadPDF(onePagePdf);
      imported.add(source);
      PDFormXObject form = new LayerUtility(doc).importPageAsForm(source, 0);
      float scale = Math.min(contentWidth() / aspectWidth, maxHeight / aspectHeight);
      float width = aspectWidth * scale;
      float height = aspectHeight * scale;
      if (cs == null || remaining() < height) {
        newPage();
      }
      float x = MARGIN + (contentWidth() - width) / 2;
      y -= height;
      cs.saveGraphicsState();
      cs.transform(new Matrix(scale, 0, 0, scale, x, y));
      cs.drawForm(form);
      cs.restoreGraphicsState();
      cs.setStrokingColor(RULE);
      cs.setLineWidth(0.5f);
      cs.addRect(x, y, width, height);
      cs.stroke();
      y -= 8;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot place a chart in the report: " + e.getMessage(), e);
    }
  }

  /**
   * A table with a shaded header row (repeated on every page it spans; none when {@code headers}
   * is null); cells wrap within their column. {@code widths} are fractions of the text width.
   */
  public void table(List<String> headers, float[] widths, List<List<String>> rows, float size) {
    float leading = size * 1.25f;
    float pad = 3;
    float[] columns = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      columns[i] = widths[i] * contentWidth();
    }
    if (cs == null || remaining() < 3 * leading + 4 * pad) {
      newPage();
    }
    if (headers != null) {
      row(headers, columns, bold, size, leading, pad, HEADER_FILL);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> cells = cellLines(rows.get(r), columns, regular, size, pad);
      float height = height(cells, leading, pad);
      if (remaining() < height) {
        newPage();
        if (headers != null) {
          row(headers, columns, bold, size, leading, pad, HEADER_FILL);
        }
      }
      drawRow(cells, columns, regular, size, leading, pad, height, r % 2 == 1 ? STRIPE : null);
    }
    y -= 8;
  }

  public byte[] toBytes() {
    try {
      closeStream();
      writeContents();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report PDF: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      closeStream();
      doc.close();
      for (PDDocument source : imported) {
        source.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(List<String> values, float[] columns, PDType0Font font, float size, float leading, float pad,
      Color fill) {
    List<List<String>> cells = cellLines(values, columns, font, size, pad);
    drawRow(cells, columns, font, size, leading, pad, height(cells, leading, pad), fill);
  }

  private List<List<String>> cellLines(List<String> values, float[] columns, PDType0Font font, float size, float pad) {
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
      List<String> lines = new ArrayList<>();
      for (String paragraph : value.split("\n")) {
        boolean small = paragraph.startsWith(SMALL);
        String text = safe(small ? paragraph.substring(SMALL.length()) : paragraph, font);
        for (String line : wrap(text, font, small ? size * SMALL_SCALE : size, columns[c] - 2 * pad)) {
          lines.add(small ? SMALL + line : line);
        }
      }
      cells.add(lines);
    }
    return cells;
  }

  private static float height(List<List<String>> cells, float leading, float pad) {
    double lines = cells.stream().mapToDouble(c -> c.stream().mapToDouble(l -> l.startsWith(SMALL) ? SMALL_SCALE : 1)
        .sum()).max().orElse(1);
    return (float) Math.max(1, lines) * leading + 2 * pad;
  }

  private void drawRow(List<List<String>> cells, float[] columns, PDType0Font font, float size, float leading,
      float pad, float height, Color fill) {
    try {
      float x = MARGIN;
      if (fill != null) {
        cs.setNonStrokingColor(fill);
        cs.addRect(MARGIN, y - height, contentWidth(), height);
        cs.fill();
      }
      for (int c = 0; c < columns.length; c++) {
        float lineY = y - pad - size;
        for (String line : cells.get(c)) {
          if (line.startsWith(SMALL)) {
            text(line.substring(SMALL.length()), font, size * SMALL_SCALE, MUTED, x + pad, lineY);
            lineY -= leading * SMALL_SCALE;
          } else {
            text(line, font, size, Color.BLACK, x + pad, lineY);
            lineY -= leading;
          }
        }
        x += columns[c];
      }
      cs.setStrokingColor(RULE);
      cs.setLineWidth(0.4f);
      cs.moveTo(MARGIN, y - height);
      cs.lineTo(MARGIN + contentWidth(), y - height);
      cs.stroke();
      y -= height;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(String line, PDType0Font font, float size, Color color, float x, float baseline) {
    try {
      cs.beginText();
      cs.setFont(font, size);
      cs.setNonStrokingColor(color);
      cs.newLineAtOffset(x, baseline);
      cs.showText(line);
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static float contentWidth() {
    return WIDTH - 2 * MARGIN;
  }

  /** Greedy word wrap; a word wider than the line is cut where it must be. */
  static List<String> wrap(String text, PDType0Font font, float size, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, font, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, font, size) > width) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static float width(String text, PDType0Font font, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * NFC, control characters as spaces, and '?' for a character the font has no glyph for (a
   * reject's sample may hold anything), so one odd character never stops the report.
   */
  String safe(String text, PDType0Font font) {
    String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        out.append(' ');
      } else if (encodable.computeIfAbsent(font == bold ? -1 - cp : cp, k -> canEncode(font, cp))) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }

  private static boolean canEncode(PDType0Font font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private void closeStream() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
  }
}
