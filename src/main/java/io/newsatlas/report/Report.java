package io.newsatlas.report;

import io.newsatlas.config.JobConfig;
import io.newsatlas.config.ReportSettings;
import io.newsatlas.config.TimelineSettings;
import io.newsatlas.io.OutputFolder;
import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.Event;
import io.newsatlas.report.Aggregates.Pair;
import io.newsatlas.report.Aggregates.RejectSummary;
import io.newsatlas.report.Aggregates.RunSummary;
import io.newsatlas.report.Aggregates.Term;
import io.newsatlas.report.Aggregates.Topic;
import io.newsatlas.timeline.Granularity;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report stage: charts/*.png and report.pdf, drawn from the tables of the run. A chart whose
 * data is missing (topics off, no dated document) is left out and the PDF says so in its place.
 */
public final class Report {
  private static final Logger LOG = LoggerFactory.getLogger("newsatlas");
  public static final String PDF = "report.pdf";
  /** The run manifest's count of documents the topic model read. */
  private static final String MODELLED = "topics.modelled_documents";
  public static final String CHARTS = "charts/";

  private Report() {}

  /** What was written, for the progress line. */
  public record Outcome(List<String> charts, List<String> leftOut, int pages) {
    public String summary() {
      return String.format(Locale.ROOT, "%d charts in %s and %s (%d pages)%s", charts.size(), CHARTS, PDF, pages,
          leftOut.isEmpty() ? "" : "; left out: " + String.join("; ", leftOut));
    }
  }

  /**
   * Reads the staged tables of this run and writes the charts and the PDF into the staging folder.
   *
   * @param period the run's timeline period (timeline.period, or what auto chose)
   */
  public static Outcome write(SparkSession spark, OutputFolder output, JobConfig config, Granularity period) {
    Fonts.headless();
    ReportData data = ReportData.load(spark, output.fileSystem(), output.staging(), config.report(), period,
        config.timeline());
    return render(data, config.report(), output::writeBytes);
  }

  /** Draws every chart and the PDF from the collected data; {@code sink} receives (relative path, bytes). */
  public static Outcome render(ReportData data, ReportSettings settings, BiConsumer<String, byte[]> sink) {
    ChartStyle style = new ChartStyle(settings.width());
    List<String> written = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    RunSummary run = data.run();
    String footer = "newsatlas report · " + (run.input().isEmpty() ? "" : run.input() + " · ") + run.runId();
    try (ReportPdf pdf = new ReportPdf("newsatlas report: " + run.input(), footer)) {
      titlePage(pdf, data);
      eventPages(pdf, data, style, settings, sink, written, leftOut);

      section(pdf, "Corpus", data.missing().get(ReportData.CORPUS), leftOut);
      if (!data.missing().containsKey(ReportData.CORPUS)) {
        chart(pdf, "Corpus", () -> CorpusCharts.byLanguage(data.byLanguage(), style), settings, sink, written, leftOut);
        chart(pdf, "Corpus", () -> CorpusCharts.bySource(data.bySource(), data.sourceCount(), style), settings, sink,
            written, leftOut);
      }

      section(pdf, "Themes", data.missing().get(ReportData.THEMES), leftOut);
      if (!data.missing().containsKey(ReportData.THEMES)) {
        chart(pdf, "Themes", () -> ThemeCharts.timeline(data.themes(), data.themesFound(), data.themeSpikes(), style),
            settings, sink, written, leftOut);
        chart(pdf, "Themes", () -> ThemeCharts.shares(data.themeAssignments(), style), settings, sink, written,
            leftOut);
      }

      // A manifest without the count (an older run) shows its topics.
      boolean fewModelled = run.counts().containsKey(MODELLED)
          && run.count(MODELLED) < settings.minTopicDocuments() && !data.missing().containsKey(ReportData.TOPIC_FAMILY);
      if (fewModelled) {
        String why = String.format(Locale.ROOT, "%,d modelled documents, fewer than report.min_topic_documents (%,d)",
            run.count(MODELLED), settings.minTopicDocuments());
        pdf.paragraph("Topics: left out of the report: " + why + "; the topic tables hold them.", false, ReportPdf.BODY,
            Color.DARK_GRAY, 6);
        leftOut.add("topics (" + why + ")");
      } else {
        section(pdf, "Topics", data.missing().get(ReportData.TOPIC_FAMILY), leftOut);
        if (!data.missing().containsKey(ReportData.TOPIC_FAMILY)) {
          String noTimeline = data.missing().get(ReportData.TOPIC_FAMILY + ".over_time");
          if (noTimeline != null) {
            pdf.muted("Topics over time: left out: " + noTimeline + ".");
            leftOut.add("topic_shares (" + noTimeline + ")");
          } else {
            chart(pdf, "Topics", () -> TopicCharts.shares(data.topicShares(), data.topics(), data.run().count("topics.k"), style), settings, sink,
                written, leftOut);
          }
          chart(pdf, "Topics", () -> TopicCharts.terms(data.topics(), settings.topTerms(), style), settings, sink,
              written, leftOut);
          topicTable(pdf, data.topics(), settings.topTerms());
        }
      }

      section(pdf, "Actors", data.missing().get(ReportData.ACTORS), leftOut);
      if (!data.missing().containsKey(ReportData.ACTORS)) {
        chart(pdf, "Actors", () -> ActorCharts.network(data.network(), data.actors().size(),
            settings.pairMinSentences(), style), settings, sink,
            written, leftOut);
        if (data.pairs().isEmpty()) {
          pdf.muted("No two actors are named in the same document: the pairs chart is left out.");
          leftOut.add("actor_pairs (no co-occurring actors)");
        } else {
          chart(pdf, "Actors", () -> ActorCharts.pairs(data.pairs(), data.actors(),
              settings.pairMinSentences(), style), settings, sink, written,
              leftOut);
        }
        if (data.actorStories() == null) {
          pdf.muted("No actor mention is in a dated document: the actor timeline is left out.");
          leftOut.add("actor_timeline (no mention in a dated document)");
        } else {
          chart(pdf, "Actors", () -> ActorCharts.timeline(data.actorStories(), data.actors().size(), style),
              settings, sink, written, leftOut);
        }
        pairTable(pdf, data, data.pairs(), data.actors());
      }

      runPage(pdf, run);
      rejectTable(pdf, data.rejects(), run);
      sink.accept(PDF, pdf.toBytes());
      return new Outcome(written, leftOut, pdf.pages());
    }
  }

  /** What an analyst reads first: the corpus in one line, then findings computed from the tables. */
  private static void titlePage(ReportPdf pdf, ReportData data) {
    RunSummary run = data.run();
    pdf.newPage();
    pdf.heading("newsatlas report", 26);
    pdf.paragraph("Input " + run.input(), false, 14, Color.DARK_GRAY, 10);
    pdf.paragraph(corpusLine(run, data.sourceCount()), false, 12, Color.BLACK, 10);
    pdf.heading("Findings", 14);
    for (String finding : findings(data)) {
      pdf.paragraph("• " + finding, false, 11.5f, Color.BLACK, 4);
    }
    pdf.heading("Contents", 13);
    pdf.reserveContents(CONTENTS_LINES);
    pdf.muted("Each chart is also a PNG in charts/; every number comes from the Parquet tables in tables/ "
        + "(docs/tables.md says what each column holds).");
  }

  /**
   * Sections the contents can list: events, partners, corpus, themes, topics, topic terms, actors,
   * pairs, the run. More would push page 1's last line onto a page of its own.
   */
  private static final int CONTENTS_LINES = 9;

  /** "5 documents in 4 stories from 3 sources (5 inputs, 0 rejects): English 4, Vietnamese 1; dated ..." */
  static String corpusLine(RunSummary run, int sources) {
    String languages = run.languages().entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %,d", CorpusCharts.languageName(e.getKey()), e.getValue()))
        .collect(Collectors.joining(", "));
    long inferred = run.counts().entrySet().stream().filter(e -> e.getKey().startsWith("date_source.")
        && e.getKey().contains("+year:")).mapToLong(Map.Entry::getValue).sum();
    // Only the date notes that apply: "0 dates inferred" is noise on a corpus whose every date is whole.
    List<String> dates = new ArrayList<>();
    dates.add(run.firstDate() == null ? "no dated document" : "dated " + run.firstDate() + " to " + run.lastDate());
    if (inferred > 0) {
      dates.add(String.format(Locale.ROOT, "the year of %,d day-month dates inferred from other documents "
          + "(documents.date_evidence)", inferred));
    }
    if (run.count("date_precision.month_day") > 0) {
      dates.add(String.format(Locale.ROOT, "%,d with day and month only", run.count("date_precision.month_day")));
    }
    if (run.count("date_precision.none") > 0) {
      dates.add(String.format(Locale.ROOT, "%,d undated", run.count("date_precision.none")));
    }
    // A manifest from before stories were counted has none: then the documents stand alone.
    String stories = run.counts().containsKey("stories") && run.count("stories") != run.count("documents")
        ? String.format(Locale.ROOT, " in %,d stories (a translation or copy counts once)",
            run.count("stories")) : "";
    return String.format(Locale.ROOT, "%,d documents%s from %s (%,d inputs, %,d rejects): %s; %s.",
        run.count("documents"), stories, Timelines.count(sources, "source", "sources"), run.count("inputs"),
        run.count("rejects"), languages, String.join(", ", dates));
  }

  /** An event's date as precise as it is known: "1987-03-23", "week of 1987-03-23", "1987-03", "undated". */
  static String when(Event e) {
    if (e.date() == null) {
      return "undated";
    }
    return switch (e.precision() == null ? "day" : e.precision()) {
      case io.newsatlas.events.EventDates.WEEK -> "week of " + e.date();
      case "month" -> e.date().toString().substring(0, 7);
      case "year" -> Integer.toString(e.date().getYear());
      default -> e.date().toString();
    };
  }

  /** The latest meeting, the partners met most, the themes in most stories and the one that rose most. */
  static List<String> findings(ReportData data) {
    List<String> out = new ArrayList<>();
    List<Event> events = data.events();
    if (!events.isEmpty()) {
      Event latest = events.get(0);
      out.add(String.format(Locale.ROOT, "Latest meeting: %s, %s%s: %s (%s).", when(latest),
          latest.kind().replace('_', ' '), latest.place() == null ? "" : " in " + latest.place(),
          latest.participants().stream().map(id -> name(id, data.actors())).collect(Collectors.joining(" – ")),
          String.join("; ", latest.sources())));
      Map<String, Long> people = new java.util.TreeMap<>();
      events.forEach(e -> e.participants().forEach(p -> people.merge(p, 1L, Long::sum)));
      out.add(String.format(Locale.ROOT, "%,d meetings found (table events)%s; in most of them: %s.", data.eventCount(),
          events.size() < data.eventCount() ? ", the newest " + events.size() + " listed" : "",
          top(people, 4, data.actors())));
    } else {
      out.add("No meeting found: no sentence names two people with an interaction phrase (conf/events.yaml).");
    }
    List<String> partners = data.partners().stream().filter(p -> p.documents() > 0)
        .sorted(Comparator.comparingLong(Aggregates.Partner::events).thenComparingLong(Aggregates.Partner::documents)
            .reversed())
        .map(p -> String.format(Locale.ROOT, "%s (%s, %s)", p.name(), Timelines.count(p.documents(), "document",
            "documents"), Timelines.count(p.events(), "event", "events")))
        .toList();
    if (!partners.isEmpty()) {
      out.add("Partners most active: " + String.join(", ", partners.subList(0, Math.min(4, partners.size()))) + ".");
    }
    if (data.themes() != null && !data.themes().series().isEmpty()) {
      Map<String, Long> totals = new java.util.TreeMap<>();
      data.themes().series().forEach(series -> totals.put(series.name(), Math.round(series.total())));
      out.add("Themes in the most stories: " + top(totals, 4, Map.of()) + ".");
      String rose = roseMost(data.themes());
      if (rose != null) {
        out.add(rose);
      }
    }
    return out;
  }

  private static String top(Map<String, Long> counts, int n, Map<String, Actor> actors) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(e -> String.format(Locale.ROOT, "%s (%,d)", name(e.getKey(), actors), e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /**
   * The theme whose share of the stories rose most from the last period but one with stories to the
   * last (by count where the table has no totals): a busier week does not make every theme rise.
   */
  static String roseMost(Aggregates.PeriodTable themes) {
    double[] totals = themes.periodTotals();
    int last = -1;
    int before = -1;
    for (int p = themes.periods().size() - 1; p >= 0 && before < 0; p--) {
      int period = p;
      boolean any = totals != null ? totals[p] > 0 : themes.series().stream().anyMatch(s -> s.values()[period] > 0);
      if (any && last < 0) {
        last = p;
      } else if (any) {
        before = p;
      }
    }
    if (before < 0) {
      return null;
    }
    Aggregates.Series best = null;
    double rise = 0;
    for (Aggregates.Series series : themes.series()) {
      double change = totals != null
          ? series.values()[last] / totals[last] - series.values()[before] / totals[before]
          : series.values()[last] - series.values()[before];
      if (change > rise) {
        rise = change;
        best = series;
      }
    }
    if (best == null) {
      return null;
    }
    String lastLabel = themes.periods().get(last).label();
    String beforeLabel = themes.periods().get(before).label();
    if (totals == null) {
      return String.format(Locale.ROOT, "Rose most in %s: %s, %.0f stories against %.0f in %s.", lastLabel,
          best.name(), best.values()[last], best.values()[before], beforeLabel);
    }
    return String.format(Locale.ROOT, "Rose most in %s: %s, in %s of the stories (%,.0f of %,.0f) against %s in %s"
        + " (%,.0f of %,.0f).", lastLabel, best.name(), share(best.values()[last], totals[last]), best.values()[last],
        totals[last], share(best.values()[before], totals[before]), beforeLabel, best.values()[before], totals[before]);
  }

  /** A share as a reader compares it: "40%", and below 10% with one decimal ("4.8%", "0.4%", not "0%"). */
  static String share(double part, double whole) {
    double percent = 100 * part / whole;
    return String.format(Locale.ROOT, percent > 0 && percent < 10 ? "%.1f%%" : "%.0f%%", percent);
  }

  /** The run's versions, times and key settings, after everything a reader came for. */
  private static void runPage(ReportPdf pdf, RunSummary run) {
    pdf.newPage();
    pdf.mark("The run and its rejects");
    pdf.heading("The run", 18);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Run", run.runId() + " · newsatlas " + run.version() + " · Spark " + run.sparkVersion() + " ("
        + run.sparkMaster() + ")"));
    rows.add(List.of("Run time", runTime(run)));
    rows.add(List.of("Inputs", String.format(Locale.ROOT, "%,d inputs from %,d files = %,d documents + %,d rejects",
        run.count("inputs"), run.count("input_files"), run.count("documents"), run.count("rejects"))));
    rows.add(List.of("Dates", (run.firstDate() == null ? "no dated document"
        : "from " + run.firstDate() + " to " + run.lastDate()) + dateNotes(run)));
    rows.add(List.of("Timeline period", run.period() + (TimelineSettings.AUTO.equals(run.settings().get("timeline.period"))
        ? " (timeline.period auto: the finest period, day to year, that fits the documents' dates)" : "")));
    rows.add(List.of("Key settings", keySettings(run.settings())));
    pdf.table(null, new float[] {0.18f, 0.82f}, rows, 10);
  }

  /** Who met whom: the newest events, one row each, with the documents that report them. */
  private static void eventPages(ReportPdf pdf, ReportData data, ChartStyle style, ReportSettings settings,
      BiConsumer<String, byte[]> sink, List<String> written, List<String> leftOut) {
    section(pdf, "Events: who met whom", data.missing().get(ReportData.EVENTS), leftOut);
    if (data.events().isEmpty()) {
      return;
    }
    pdf.muted(String.format(Locale.ROOT, "%s, newest first (table events: %,d in all). An event is one interaction "
        + "between people (of the gazetteer, or introduced by a title), found where an interaction phrase names them in "
        + "one sentence (conf/events.yaml); a story's translations and other outlets' reports of it are one row.",
        data.events().size() < data.eventCount() ? "The newest " + data.events().size() + " events" : "Every event",
        data.eventCount()));
    List<List<String>> rows = new ArrayList<>();
    for (Event e : data.events()) {
      String who = e.participants().stream().map(id -> name(id, data.actors())).collect(Collectors.joining(" – "));
      String sides = e.sides().stream().map(id -> name(id, data.actors())).collect(Collectors.joining("; "));
      String what = e.mechanism() == null ? "" : e.mechanism() + (e.round() == null ? "" : " (round " + e.round() + ")");
      if (!e.themes().isEmpty()) {
        what = (what.isEmpty() ? "" : what + ". ") + "Themes: " + String.join(", ", e.themes());
      }
      String source = String.join("; ", e.sources())
          + (e.referredIn() > 0 ? String.format(Locale.ROOT, " (and referred to in %d more)", e.referredIn()) : "");
      rows.add(List.of(when(e),
          e.kind().replace('_', ' ') + " (" + e.cameo() + ")", who, sides, e.place() == null ? "" : e.place(), what,
          source + "\n“" + shorten(e.evidence(), 260) + "”\n" + ReportPdf.SMALL + docIds(e.docIds())));
    }
    pdf.table(List.of("Date", "Kind (CAMEO)", "Who met", "For", "Where", "Mechanism, themes", "Reported in"),
        new float[] {0.08f, 0.09f, 0.15f, 0.15f, 0.08f, 0.15f, 0.30f}, rows, 8.5f);
    partnerTable(pdf, data, settings);
    if (!data.eventMarks().isEmpty()) {
      // Lanes: the partners in report.partners order, then the other sides.
      List<String> lanes = new ArrayList<>();
      data.partners().stream().map(Aggregates.Partner::name)
          .filter(name -> data.eventMarks().stream().anyMatch(m -> m.lane().equals(name))).forEach(lanes::add);
      data.eventMarks().stream().map(Aggregates.EventMark::lane).filter(l -> !lanes.contains(l)).distinct()
          .forEach(lanes::add);
      chart(pdf, "Events", () -> EventCharts.timeline(data.eventMarks(), lanes, style), settings, sink, written,
          leftOut);
    }
  }

  /** The partners of report.partners side by side: documents, events, top themes, the people in its events. */
  private static void partnerTable(ReportPdf pdf, ReportData data, ReportSettings settings) {
    // Below the events when a table of a few partners fits there: no near-empty page.
    if (pdf.remaining() < 60 + 28 * Math.min(data.partners().size(), 6)) {
      pdf.newPage();
    }
    pdf.mark("Partners");
    pdf.heading("Partners", 18);
    if (data.partners().isEmpty()) {
      pdf.paragraph("No partner of report.partners (" + String.join(", ", settings.partners()) + ") is named in the "
          + "corpus.");
      return;
    }
    pdf.muted("Each partner of report.partners that the corpus names: the documents naming it or one of its bodies "
        + "(actors.country_id), the events where it is a side, its documents' most frequent themes and the people "
        + "in its events (counts in brackets).");
    List<List<String>> rows = new ArrayList<>();
    for (Aggregates.Partner p : data.partners()) {
      rows.add(List.of(p.name(), String.format(Locale.ROOT, "%,d", p.documents()),
          p.events() == 0 ? "none" : String.format(Locale.ROOT, "%,d (latest %s)", p.events(),
              p.lastEvent() == null ? "undated" : p.lastEvent()),
          String.join(", ", p.themes()), String.join(", ", p.people())));
    }
    pdf.table(List.of("Partner", "Documents", "Events", "Top themes", "People in its events"),
        new float[] {0.14f, 0.09f, 0.13f, 0.32f, 0.32f}, rows, 9.5f);
    List<String> absent = settings.partners().stream()
        .filter(id -> data.partners().stream().noneMatch(p -> p.id().equals(id))).toList();
    if (!absent.isEmpty()) {
      pdf.muted("Not named in the corpus: " + String.join(", ", absent) + ".");
    }
  }

  /** An actor's report name, or its id in words when the actors table does not hold it. */
  private static String name(String id, Map<String, Actor> actors) {
    Actor actor = actors.get(id);
    if (actor != null) {
      return actor.label();
    }
    return id.startsWith("name:") ? id.substring("name:".length()) : id.replace('_', ' ');
  }

  private static String runTime(RunSummary run) {
    if (run.startedAt().isEmpty()) {
      return "unknown (no run manifest)";
    }
    try {
      Instant started = Instant.parse(run.startedAt());
      Instant finished = Instant.parse(run.finishedAt());
      Duration d = Duration.between(started, finished);
      String from = utcSeconds(started);
      String to = utcSeconds(finished);
      return String.format(Locale.ROOT, "%s to %s UTC (%d min %d s, without this report)", from,
          to.startsWith(from.substring(0, 10)) ? to.substring(11) : to, d.toMinutes(), d.toSecondsPart());
    } catch (RuntimeException e) {
      // A manifest written by hand may carry other formats: show the times as they are.
      return run.startedAt() + " to " + run.finishedAt();
    }
  }

  /** "2026-12-04 21:11:21" */
  private static String utcSeconds(Instant instant) {
    return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
  }

  private static String dateNotes(RunSummary run) {
    long partial = run.count("date_precision.month_day");
    long none = run.count("date_precision.none");
    return String.format(Locale.ROOT, "; %d with a day and month but no year, %d undated", partial, none);
  }

  /** The settings that shape what the charts show, and every topic setting. */
  private static String keySettings(Map<String, String> settings) {
    List<String> keys = List.of("timeline.period", "language.candidates", "ingest.min_words",
        "dates.resolve_partial", "themes.dictionary", "actors.gazetteer", "seed");
    List<String> shown = new ArrayList<>();
    keys.forEach(k -> {
      if (settings.containsKey(k)) {
        shown.add(k + " = " + settings.get(k));
      }
    });
    settings.forEach((k, v) -> {
      if (k.startsWith("topics.")) {
        shown.add(k + " = " + v);
      }
    });
    return String.join("; ", shown);
  }

  private static void section(ReportPdf pdf, String title, String missing, List<String> leftOut) {
    pdf.newPage();
    pdf.mark(title);
    pdf.heading(title, 18);
    if (missing != null) {
      pdf.paragraph("Left out: " + missing + ".", false, 12, Color.DARK_GRAY, 6);
      leftOut.add(title.toLowerCase(Locale.ROOT) + " (" + missing + ")");
    }
  }

  /**
   * Draws one chart: PNG into charts/, vector copy into the PDF with its reading. A chart that
   * fails to draw is left out with the reason (in the PDF and the progress line), not the run.
   */
  private static void chart(ReportPdf pdf, String family, Supplier<ChartPage> build, ReportSettings settings,
      BiConsumer<String, byte[]> sink, List<String> written, List<String> leftOut) {
    ChartPage page;
    byte[] vector;
    try {
      page = build.get();
      sink.accept(CHARTS + page.figure().name() + ".png",
          FigureWriter.png(page.figure(), settings.width(), settings.height()));
      vector = FigureWriter.pdf(page.figure(), settings.width(), settings.height());
    } catch (RuntimeException e) {
      LOG.warn("report: a " + family + " chart could not be drawn", e);
      pdf.muted("A " + family.toLowerCase(Locale.ROOT) + " chart could not be drawn: " + e
          + ". This is a newsatlas bug; please report it with the run's tables.");
      leftOut.add(family.toLowerCase(Locale.ROOT) + " chart (" + e.getMessage() + ")");
      return;
    }
    written.add(page.figure().name());
    int readingLines = page.reading().stream().mapToInt(r -> pdf.lines(r, false, ReportPdf.BODY)).sum();
    // The lines, each paragraph's space after it, the gap under the figure, and a little to spare.
    float readingHeight = readingLines * ReportPdf.BODY * 1.3f + 4 * page.reading().size() + 8 + 4;
    if (pdf.remaining() < 220 + readingHeight) {
      pdf.newPage();
      pdf.paragraph(family, true, 11, Color.GRAY, 4);
    }
    pdf.figure(vector, settings.width(), settings.height(), pdf.remaining() - readingHeight);
    page.reading().forEach(pdf::paragraph);
  }

  private static void topicTable(ReportPdf pdf, List<Topic> topics, int topTerms) {
    pdf.newPage();
    pdf.mark("Topics and their top terms");
    pdf.heading("Topics and their top terms", 14);
    List<List<String>> rows = new ArrayList<>();
    for (Topic t : topics) {
      rows.add(List.of("T" + t.id(), t.label() == null ? "" : t.label(),
          String.format(Locale.ROOT, "%.1f%%", 100 * t.share()), String.format(Locale.ROOT, "%,d", t.documents()),
          String.format(Locale.ROOT, "%.2f", t.coherence()),
          t.terms().stream().limit(topTerms).map(Term::term).collect(Collectors.joining(", "))));
    }
    pdf.table(List.of("Topic", "Label", "Share", "Documents", "Coherence", "Top terms"),
        new float[] {0.06f, 0.2f, 0.07f, 0.09f, 0.09f, 0.49f}, rows, 9.5f);
  }

  private static void pairTable(ReportPdf pdf, ReportData data, List<Pair> pairs, Map<String, Actor> actors) {
    if (pairs.isEmpty()) {
      return;
    }
    pdf.newPage();
    pdf.mark("Actor pairs with evidence");
    pdf.heading("Actor pairs with evidence", 14);
    pdf.muted("Each pair with one sentence from the corpus that names both (cooccurrence.example_sentence); where no "
        + "sentence names both, the document that does.");
    List<List<String>> rows = new ArrayList<>();
    int rank = 1;
    for (Pair p : pairs) {
      String source = data.sources().getOrDefault(p.exampleDocId(), p.exampleDocId());
      String evidence = (p.exampleSentence() != null ? "“" + shorten(p.exampleSentence(), 380) + "”\n— " + source
          : "(no single sentence names both; see " + source + ")")
          + (p.exampleDocId() == null ? "" : "\n" + ReportPdf.SMALL + docIds(List.of(p.exampleDocId())));
      rows.add(List.of(String.valueOf(rank++), bilingual(p.a(), actors), bilingual(p.b(), actors),
          String.valueOf(p.documents()), String.valueOf(p.sentences()), evidence));
    }
    pdf.table(List.of("#", "Actor", "Actor", "Documents", "Sentences", "Evidence"),
        new float[] {0.03f, 0.17f, 0.17f, 0.09f, 0.09f, 0.45f}, rows, 9);
  }

  /** The small print under a citation: which rows of table documents it is. */
  static String docIds(List<String> ids) {
    return (ids.size() == 1 ? "doc_id " : "doc_ids ") + String.join(", ", ids);
  }

  private static void rejectTable(ReportPdf pdf, List<RejectSummary> rejects, RunSummary run) {
    pdf.heading("Rejects", 16);
    if (rejects.isEmpty()) {
      pdf.paragraph(String.format(Locale.ROOT, "No rejects: every one of the %,d inputs became a document.",
          run.count("inputs")));
      return;
    }
    long total = rejects.stream().mapToLong(RejectSummary::count).sum();
    pdf.paragraph(String.format(Locale.ROOT, "%,d of %,d inputs did not become documents. The table rejects lists "
        + "each one with its reason and the start of the input.", total, run.count("inputs")));
    List<List<String>> rows = new ArrayList<>();
    for (RejectSummary r : rejects) {
      rows.add(List.of(r.reason(), String.format(Locale.ROOT, "%,d", r.count()), r.exampleSource(),
          shorten(r.exampleMessage() == null ? "" : r.exampleMessage(), 300)));
    }
    pdf.table(List.of("Reason", "Count", "Example input", "What is wrong"), new float[] {0.14f, 0.08f, 0.3f, 0.48f},
        rows, 9.5f);
  }

  private static String bilingual(String id, Map<String, Actor> actors) {
    Actor actor = actors.get(id);
    return actor == null ? id : actor.bilingual();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }
}
