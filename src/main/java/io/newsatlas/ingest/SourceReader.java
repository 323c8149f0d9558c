package io.newsatlas.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsatlas.config.FieldMapping;
import io.newsatlas.config.IngestSettings;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one input file into document and reject records, plus one summary record with the file's
 * size and SHA-256. Plain Java over an InputStream, so it runs the same on a driver, an executor or
 * in a unit test. Every record of the file comes out either as a document or as a reject.
 */
public final class SourceReader {
  private static final int HEAD_BYTES = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IngestSettings settings;

  public SourceReader(IngestSettings settings) {
    this.settings = settings;
  }

  /** Reads {@code raw} (the file's bytes as stored) and emits its records; never throws for bad content. */
  public void read(String path, InputStream raw, Consumer<IngestRecord> out) {
    MessageDigest sha256 = newSha256();
    CountingStream counted = new CountingStream(new DigestInputStream(raw, sha256));
    Optional<SourceFormat> format = SourceFormat.of(path);
    String formatId = format.map(SourceFormat::id).orElse("unknown")
        + (SourceFormat.isGzip(path) ? ".gz" : "");
    Emitter emit = new Emitter(path, formatId, out);
    try {
      if (format.isEmpty()) {
        emit.reject(null, 0, RejectReason.UNSUPPORTED_FORMAT,
            "unsupported file type; newsatlas reads " + SourceFormat.SUPPORTED + " (rename it, or move it out of the input)",
            null);
      } else {
        InputStream in = SourceFormat.isGzip(path) ? gunzip(counted) : new BufferedInputStream(counted, HEAD_BYTES);
        switch (format.get()) {
          case TXT -> readText(in, emit);
          case JSONL -> readJsonLines(in, emit);
          case JSON -> readJson(in, emit);
          case CSV -> readCsv(in, emit);
          case PARQUET -> checkParquet(in, emit);
          case SGML -> readSgml(in, emit);
          default -> throw new IllegalStateException(format.get().toString());
        }
      }
    } catch (CompressionError e) {
      emit.reject(emit.nextRow(), 0, RejectReason.BAD_COMPRESSION,
          "corrupt or truncated gzip data" + emit.fromRow() + ": " + e.getMessage()
              + "; re-create the .gz file (gzip -t " + path + " tests it)",
          null);
    } catch (IOException | UncheckedIOException e) {
      emit.reject(emit.nextRow(), 0, RejectReason.UNREADABLE,
          "cannot read the file" + emit.fromRow() + ": " + e.getMessage() + "; check that it is readable and complete",
          null);
    } finally {
      drain(counted);
      out.accept(IngestRecord.file(path, formatId, counted.count, HexFormat.of().formatHex(sha256.digest())));
    }
  }

  // --- formats ---

  private void readText(InputStream in, Emitter emit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxDocumentBytes() + 1));
    if (bytes.length > settings.maxDocumentBytes()) {
      emit.reject(null, bytes.length, RejectReason.TOO_LARGE,
          "larger than ingest.max_document_bytes (" + settings.maxDocumentBytes() + "); split it or raise the setting",
          Decoding.sample(bytes, bytes.length, settings.sampleChars()));
      return;
    }
    Decoded decoded = decodeWhole(bytes, emit);
    if (decoded == null) {
      return;
    }
    String text = decoded.text();
    Decoding.Detected detected = decoded.detected();
    if (text.isBlank()) {
      emit.reject(null, bytes.length, RejectReason.EMPTY, "only whitespace (" + bytes.length + " bytes)", null);
      return;
    }
    TextHeaders.Parsed parsed = TextHeaders.parse(text);
    IngestRecord doc = IngestRecord.document(emit.path, null, emit.format, detected.encoding(), bytes.length, parsed.body());
    doc.setEncodingNote(detected.note());
    doc.setDateValue(parsed.value("date"));
    doc.setDateField(parsed.value("date") == null ? null : "header_line");
    doc.setUrl(parsed.value("url"));
    doc.setExternalId(parsed.value("doc_id") != null ? parsed.value("doc_id") : parsed.value("id"));
    doc.setTitle(parsed.value("title"));
    emit.document(doc);
  }

  private void readJsonLines(InputStream in, Emitter emit) throws IOException {
    Decoding.Detected detected = detectStream(in, emit);
    if (detected == null) {
      return;
    }
    try (BufferedReader lines = new BufferedReader(reader(in, detected))) {
      long lineNumber = 0;
      while (true) {
        emit.row = lineNumber + 1;
        String line = lines.readLine();
        if (line == null) {
          break;
        }
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        long bytes = line.getBytes(StandardCharsets.UTF_8).length;
        if (line.indexOf('\uFFFD') >= 0) {
          emit.reject(lineNumber, bytes, RejectReason.BAD_ENCODING,
              "line " + lineNumber + " is not valid " + detected.encoding() + "; convert the file to UTF-8",
              Decoding.printable(line, settings.sampleChars()));
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          emit.reject(lineNumber, bytes, RejectReason.MALFORMED_JSON,
              "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage(),
              Decoding.printable(line, settings.sampleChars()));
          continue;
        }
        emitJsonObject(node, lineNumber, bytes, detected, emit, line);
      }
    }
  }

  private void readJson(InputStream in, Emitter emit) throws IOException {
    Decoding.Detected detected = detectStream(in, emit);
    if (detected == null) {
      return;
    }
    try (JsonParser parser = JSON.getFactory().createParser(reader(in, detected))) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        emit.reject(null, 0, RejectReason.EMPTY, "no JSON value in the file", null);
        return;
      }
      boolean array = first == JsonToken.START_ARRAY;
      long element = 0;
      JsonToken token = array ? parser.nextToken() : first;
      while (token != null && token != JsonToken.END_ARRAY) {
        element++;
        JsonLocation start = parser.currentTokenLocation();
        long line = start.getLineNr();
        emit.row = line;
        JsonNode node = JSON.readTree(parser);
        emitJsonObject(node, line, node.toString().length(), detected, emit, node.toString());
        token = parser.nextToken();
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? emit.nextRow() : e.getLocation().getLineNr();
      emit.reject(line, 0, RejectReason.MALFORMED_JSON,
          "invalid JSON at line " + line + ": " + e.getOriginalMessage()
              + "; the rest of the file was not read (fix the file, or write it as JSON Lines so one bad line costs one record)",
          null);
    }
  }

  private void emitJsonObject(JsonNode node, long row, long bytes, Decoding.Detected detected, Emitter emit,
      String raw) {
    if (!node.isObject()) {
      emit.reject(row, bytes, RejectReason.MALFORMED_JSON,
          "record at line " + row + " is a JSON " + node.getNodeType().toString().toLowerCase(Locale.ROOT)
              + ", not an object with a text field",
          Decoding.printable(raw, settings.sampleChars()));
      return;
    }
    FieldMapping fields = settings.fields();
    String text = jsonField(node, fields.text());
    if (text == null) {
      emit.reject(row, bytes, RejectReason.MISSING_TEXT,
          "record at line " + row + " has no text field (looked for " + String.join(", ", fields.text())
              + "; set ingest.fields.text to the name your data uses)",
          Decoding.printable(raw, settings.sampleChars()));
      return;
    }
    IngestRecord doc = IngestRecord.document(emit.path, row, emit.format, detected.encoding(),
        text.getBytes(StandardCharsets.UTF_8).length, text);
    doc.setEncodingNote(detected.note());
    fillMapped(doc, name -> jsonField(node, List.of(name)), fields);
    emit.document(doc);
  }

  private void readCsv(InputStream in, Emitter emit) throws IOException {
    Decoding.Detected detected = detectStream(in, emit);
    if (detected == null) {
      return;
    }
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(reader(in, detected)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      FieldMapping fields = settings.fields();
      Optional<String> textColumn = column(header, fields.text());
      if (textColumn.isEmpty()) {
        emit.reject(null, 0, RejectReason.MISSING_TEXT,
            "no text column: the header has " + header + "; set ingest.fields.text to one of them", null);
        return;
      }
      long nextLine = 2;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        emit.row = nextLine;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          if (e.getCause() instanceof CompressionError compression) {
            throw compression;
          }
          emit.reject(nextLine, 0, RejectReason.MALFORMED_CSV,
              "CSV does not parse from line " + nextLine + ": " + rootMessage(e)
                  + "; the rest of the file was not read (check the quoting near that line)",
              null);
          return;
        }
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        String joined = String.join(",", record.values());
        long bytes = joined.getBytes(StandardCharsets.UTF_8).length;
        if (record.size() != header.size()) {
          emit.reject(line, bytes, RejectReason.MALFORMED_CSV,
              "record at line " + line + " has " + record.size() + " fields, the header has " + header.size(),
              Decoding.printable(joined, settings.sampleChars()));
          continue;
        }
        if (detected.charset().equals(StandardCharsets.UTF_8) && joined.indexOf('\uFFFD') >= 0) {
          emit.reject(line, bytes, RejectReason.BAD_ENCODING,
              "record at line " + line + " is not valid UTF-8; convert the file to UTF-8",
              Decoding.printable(joined, settings.sampleChars()));
          continue;
        }
        Map<String, String> values = record.toMap();
        String text = values.get(textColumn.get());
        if (text == null || text.isBlank()) {
          emit.reject(line, bytes, RejectReason.EMPTY,
              "record at line " + line + " has an empty " + textColumn.get() + " field",
              Decoding.printable(joined, settings.sampleChars()));
          continue;
        }
        IngestRecord doc = IngestRecord.document(emit.path, line, emit.format, detected.encoding(),
            text.getBytes(StandardCharsets.UTF_8).length, text);
        doc.setEncodingNote(detected.note());
        fillMapped(doc, name -> column(header, List.of(name)).map(values::get).filter(v -> !v.isBlank()).orElse(null),
            fields);
        emit.document(doc);
      }
    } catch (IllegalArgumentException e) {
      emit.reject(1L, 0, RejectReason.MALFORMED_CSV, "bad CSV header: " + e.getMessage(), null);
    }
  }

  private void readSgml(InputStream in, Emitter emit) throws IOException {
    byte[] bytes = in.readAllBytes();
    Decoded decoded = decodeWhole(bytes, emit);
    if (decoded == null) {
      return;
    }
    Decoding.Detected detected = decoded.detected();
    List<ReutersSgml.Article> articles = ReutersSgml.parse(decoded.text());
    if (articles.isEmpty()) {
      emit.reject(null, bytes.length, RejectReason.MISSING_TEXT,
          "no <REUTERS> records in the file; .sgm is read as Reuters-21578 SGML", Decoding.sample(bytes, bytes.length, settings.sampleChars()));
      return;
    }
    for (ReutersSgml.Article article : articles) {
      emit.row = article.line();
      if (article.text().isBlank()) {
        emit.reject(article.line(), 0, RejectReason.EMPTY, "record NEWID " + article.newId() + " has no title or text", null);
        continue;
      }
      IngestRecord doc = IngestRecord.document(emit.path, article.line(), emit.format, detected.encoding(),
          article.text().getBytes(StandardCharsets.UTF_8).length, article.text());
      doc.setEncodingNote(detected.note());
      doc.setExternalId(article.newId());
      doc.setDateValue(article.date());
      doc.setDateField(article.date() == null ? null : "field:DATE");
      doc.setOutlet("Reuters");
      doc.setLabels(article.labels().isEmpty() ? null : article.labels());
      emit.document(doc);
    }
  }

  /** Parquet rows are read by Spark's own reader; here we only make sure the file is Parquet at all. */
  private void checkParquet(InputStream in, Emitter emit) throws IOException {
    byte[] head = in.readNBytes(4);
    byte[] tail = new byte[4];
    long size = head.length;
    byte[] buffer = new byte[64 * 1024];
    int n;
    byte[] last = head.clone();
    while ((n = in.read(buffer)) > 0) {
      size += n;
      byte[] joined = new byte[last.length + n];
      System.arraycopy(last, 0, joined, 0, last.length);
      System.arraycopy(buffer, 0, joined, last.length, n);
      last = java.util.Arrays.copyOfRange(joined, Math.max(0, joined.length - 4), joined.length);
    }
    System.arraycopy(last, Math.max(0, last.length - 4), tail, 0, Math.min(4, last.length));
    boolean valid = size >= 12 && new String(head, StandardCharsets.ISO_8859_1).equals("PAR1")
        && new String(tail, StandardCharsets.ISO_8859_1).equals("PAR1");
    if (!valid) {
      emit.reject(null, size, RejectReason.BAD_PARQUET,
          "not a complete Parquet file (no PAR1 magic at both ends); re-export it", null);
    }
  }

  // --- helpers ---

  private record Decoded(String text, Decoding.Detected detected) {}

  /** A whole file as text, or null after emitting the reject that says why it is not text. */
  private Decoded decodeWhole(byte[] bytes, Emitter emit) {
    try {
      Decoding.Detected detected = Decoding.detect(bytes, bytes.length, true, settings.fallbackEncodings());
      return new Decoded(Decoding.decode(bytes, bytes.length, detected), detected);
    } catch (RejectedInput e) {
      emit.reject(null, bytes.length, e.reason(), e.getMessage(), Decoding.sample(bytes, bytes.length, settings.sampleChars()));
      return null;
    }
  }

  /** Peeks the first bytes to choose the charset; emits a reject and returns null when the file is not text. */
  private Decoding.Detected detectStream(InputStream in, Emitter emit) throws IOException {
    in.mark(HEAD_BYTES + 1);
    byte[] head = in.readNBytes(HEAD_BYTES);
    boolean complete = in.read() < 0;
    in.reset();
    try {
      Decoding.Detected detected = Decoding.detect(head, head.length, complete, settings.fallbackEncodings());
      in.skipNBytes(detected.bomLength());
      return detected;
    } catch (RejectedInput e) {
      emit.reject(null, head.length, e.reason(), e.getMessage(), Decoding.sample(head, head.length, settings.sampleChars()));
      return null;
    }
  }

  /** Lenient decoding: a bad byte becomes U+FFFD and costs only the record that holds it. */
  private static Reader reader(InputStream in, Decoding.Detected detected) {
    return new InputStreamReader(in, detected.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  private static void fillMapped(IngestRecord doc, java.util.function.Function<String, String> lookup,
      FieldMapping fields) {
    doc.setTitle(first(lookup, fields.title()));
    String dateField = fields.date() == null ? null
        : fields.date().stream().filter(name -> lookup.apply(name) != null).findFirst().orElse(null);
    if (dateField != null) {
      doc.setDateValue(lookup.apply(dateField));
      doc.setDateField("field:" + dateField);
    }
    doc.setUrl(first(lookup, fields.url()));
    doc.setOutlet(first(lookup, fields.outlet()));
    doc.setLanguageValue(first(lookup, fields.language()));
    doc.setExternalId(first(lookup, fields.id()));
  }

  private static String first(java.util.function.Function<String, String> lookup, List<String> names) {
    if (names == null) {
      return null;
    }
    for (String name : names) {
      String value = lookup.apply(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String jsonField(JsonNode object, List<String> names) {
    for (String name : names) {
      JsonNode value = object.get(name);
      if (value == null) {
        Iterator<String> keys = object.fieldNames();
        while (keys.hasNext() && value == null) {
          String key = keys.next();
          if (key.equalsIgnoreCase(name)) {
            value = object.get(key);
          }
        }
      }
      if (value != null && !value.isNull()) {
        String text = value.isValueNode() ? value.asText() : value.toString();
        if (!text.isBlank()) {
          return text;
        }
      }
    }
    return null;
  }

  private static Optional<String> column(List<String> header, List<String> names) {
    for (String name : names) {
      for (String column : header) {
        if (column.trim().equalsIgnoreCase(name)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  private static InputStream gunzip(InputStream in) throws CompressionError {
    try {
      return new BufferedInputStream(new CompressionGuard(new GZIPInputStream(in, HEAD_BYTES)), HEAD_BYTES);
    } catch (IOException e) {
      throw new CompressionError(e.getMessage());
    }
  }

  private static void drain(InputStream in) {
    try {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException ignored) {
      // The checksum then covers what could be read; the reject already says why.
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Collects one file's records, numbering rejects and documents by their source row. */
  private static final class Emitter {
    final String path;
    final String format;
    final Consumer<IngestRecord> out;
    Long row;

    Emitter(String path, String format, Consumer<IngestRecord> out) {
      this.path = path;
      this.format = format;
      this.out = out;
    }

    void document(IngestRecord doc) {
      out.accept(doc);
    }

    void reject(Long sourceRow, long bytes, RejectReason reason, String message, String sample) {
      out.accept(IngestRecord.reject(path, sourceRow, format, bytes, reason, message, sample));
    }

    Long nextRow() {
      return row;
    }

    String fromRow() {
      return row == null ? "" : " from line " + row + " on";
    }
  }

  /** Marks I/O errors that come from the gzip layer, so they are reported as bad compression. */
  private static final class CompressionError extends IOException {
    CompressionError(String message) {
      super(message);
    }
  }

  private static final class CompressionGuard extends FilterInputStream {
    CompressionGuard(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new CompressionError(e.getMessage());
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw new CompressionError(e.getMessage());
      }
    }
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
