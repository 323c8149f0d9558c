package io.newsatlas.report;

import io.newsatlas.report.Aggregates.Actor;
import io.newsatlas.report.Aggregates.Network;
import io.newsatlas.report.Aggregates.Pair;
import io.newsatlas.report.Aggregates.Period;
import io.newsatlas.report.Aggregates.PeriodTable;
import io.newsatlas.report.Aggregates.RejectSummary;
import io.newsatlas.report.Aggregates.RunSummary;
import io.newsatlas.report.Aggregates.Series;
import io.newsatlas.report.Aggregates.Term;
import io.newsatlas.report.Aggregates.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small aggregates a reader can check by eye: seven months, two themes, four actors, two topics. */
final class ReportFixtures {
  private ReportFixtures() {}

  /** 2025-08 .. 2026-02. */
  static List<Period> months() {
    List<Period> months = new ArrayList<>();
    for (LocalDate m = LocalDate.of(2025, 8, 1); !m.isAfter(LocalDate.of(2026, 2, 1)); m = m.plusMonths(1)) {
      months.add(new Period(m.toString().substring(0, 7), m, m.plusMonths(1)));
    }
    return months;
  }

  static PeriodTable byLanguage() {
    return new PeriodTable("documents", months(), List.of(
        new Series("en", new double[] {1, 1, 0, 0, 0, 0, 1}),
        new Series("vi", new double[] {0, 0, 0, 0, 0, 0, 1})), 1, 0);
  }

  static PeriodTable bySource() {
    return new PeriodTable("documents", months(), List.of(
        new Series("vietnamnews.vn", new double[] {1, 1, 0, 0, 0, 0, 1}),
        new Series("bocongan.gov.vn", new double[] {0, 0, 0, 0, 0, 0, 1})), 1, 0);
  }

  static PeriodTable themes() {
    return new PeriodTable("documents", months(), List.of(
        new Series("Cybersecurity", new double[] {0, 1, 0, 0, 0, 0, 2}),
        new Series("Drugs", new double[] {1, 1, 0, 0, 0, 0, 1})), 1, 0);
  }

  static PeriodTable themeAssignments() {
    return new PeriodTable("theme assignments", months(), List.of(
        new Series("Cybersecurity", new double[] {0, 1, 0, 0, 0, 0, 2}),
        new Series("Drugs", new double[] {1, 1, 0, 0, 0, 0, 1}),
        new Series(ThemeCharts.OTHER_THEMES, new double[] {1, 0, 0, 0, 0, 0, 1})), 1, 0);
  }

  static List<Topic> topics() {
    return List.of(
        new Topic(0, "an ninh mạng", List.of(new Term("an ninh mạng", 0.09), new Term("lừa đảo", 0.07),
            new Term("cybersecurity", 0.05)), -1.2, 0.6, 3),
        new Topic(1, "drugs border", List.of(new Term("drugs", 0.11), new Term("border", 0.06),
            new Term("ma túy", 0.04)), -2.5, 0.4, 2));
  }

  static PeriodTable topicShares() {
    return new PeriodTable("share", months(), List.of(
        new Series(topics().get(0).title(), new double[] {0, 0.5, 0, 0, 0, 0, 1.0}),
        new Series(topics().get(1).title(), new double[] {1.0, 0.5, 0, 0, 0, 0, 0})), 1, 0);
  }

  static Map<String, Actor> actors() {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : List.of(
        new Actor("ministry_public_security_vn", "organisation", "Ministry of Public Security (Viet Nam)", "Bộ Công an", 22, 4),
        new Actor("united_states", "country", "United States", "Hoa Kỳ", 20, 3),
        new Actor("luong_tam_quang", "person", "Luong Tam Quang", "Lương Tam Quang", 14, 3),
        new Actor("to_lam", "person", "To Lam", "Tô Lâm", 7, 2))) {
      actors.put(a.id(), a);
    }
    return actors;
  }

  static List<Pair> pairs() {
    return List.of(
        new Pair("ministry_public_security_vn", "united_states", 3, 5, 0, 0.12,
            "Hanoi and Washington agreed to widen cooperation between the ministry and US agencies.", "d1"),
        new Pair("luong_tam_quang", "ministry_public_security_vn", 2, 4, 0, 0.45,
            "Chiều 13/2, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp Trợ lý Ngoại trưởng Hoa Kỳ.",
            "d2"),
        new Pair("luong_tam_quang", "to_lam", 1, 0, 0, Double.NaN, null, "d3"));
  }

  static PeriodTable actorStories() {
    return new PeriodTable("mentions", months(), List.of(
        new Series("Bộ Công an", new double[] {3, 4, 0, 0, 0, 0, 12}),
        new Series("Lương Tam Quang", new double[] {0, 3, 0, 0, 0, 0, 11}),
        new Series("Tô Lâm", new double[] {1, 0, 0, 0, 0, 0, 6})), 2, 0);
  }

  static RunSummary run() {
    return new RunSummary("20260213T000000Z-1", "file:/corpora/seeds", "2026-02-13T00:00:00Z",
        "2026-02-13T00:01:05Z", "0.1.0", "4.1.0", "local[2]",
        Map.of("inputs", 6L, "input_files", 6L, "documents", 5L, "stories", 4L, "rejects", 1L),
        Map.of("timeline.period", "month", "ingest.min_words", "20", "topics.k", "2"),
        LocalDate.of(2025, 8, 19), LocalDate.of(2026, 2, 13), Map.of("en", 4L, "vi", 1L), "month");
  }

  /** The seeds' four meetings, newest first. */
  static List<Aggregates.Event> events() {
    return List.of(
        new Aggregates.Event(LocalDate.of(2026, 2, 13), "day", "reception", "043", "Hà Nội",
            List.of("luong_tam_quang", "michael_desombre"), List.of("ministry_public_security_vn", "us_department_of_state"),
            null, null, List.of("drugs", "cybersecurity"), List.of("000_0e4843c05f27767b.txt · 2026-02-13",
                "001_66657b37b6429b82.txt · 2026-02-13"), List.of("d0", "d1"),
            "General Lương Tam Quang received US Assistant Secretary of State Michael DeSombre in Hà Nội on Friday.", 0),
        new Aggregates.Event(LocalDate.of(2025, 9, 5), "day", "dialogue", "040", "Washington DC",
            List.of("le_quoc_hung", "chris_landberg"), List.of("ministry_public_security_vn", "us_bureau_inl"),
            "Viet Nam-US Law Enforcement and Security Dialogue", 2, List.of("money_laundering"),
            List.of("004_c15bed645eba28ea.txt · 2025-09-05"), List.of("d4"),
            "Le Quoc Hung and Chris Landberg co-chaired the second Viet Nam-US Law Enforcement and Security Dialogue.", 2),
        new Aggregates.Event(LocalDate.of(2025, 8, 19), "day", "phone_call", "041", null,
            List.of("luong_tam_quang", "wang_xiaohong"), List.of("ministry_public_security_cn", "ministry_public_security_vn"),
            null, null, List.of("drugs"), List.of("002_cb2f719aa211d3bc.txt · 2025-08-19"), List.of("d2"),
            "Lương Tam Quang held phone talks with his Chinese counterpart Wang Xiaohong on Tuesday.", 0),
        new Aggregates.Event(LocalDate.of(2020, 10, 30), "day", "reception", "043", null,
            List.of("to_lam", "mike_pompeo"), List.of("ministry_public_security_vn", "us_department_of_state"),
            null, null, List.of(), List.of("003_beb61ad7c67d1cbe.txt · 2020-10-31"), List.of("d3"),
            "General To Lam on October 30 had a meeting with US Secretary of State Michael Pompeo.", 0));
  }

  static List<Aggregates.EventMark> eventMarks() {
    return List.of(new Aggregates.EventMark(LocalDate.of(2020, 10, 30), "United States", "reception"),
        new Aggregates.EventMark(LocalDate.of(2025, 8, 19), "China", "phone_call"),
        new Aggregates.EventMark(LocalDate.of(2025, 9, 5), "United States", "dialogue"),
        new Aggregates.EventMark(LocalDate.of(2026, 2, 13), "United States", "reception"));
  }

  static List<Aggregates.Partner> partners() {
    return List.of(
        new Aggregates.Partner("united_states", "United States", 4, 3, LocalDate.of(2026, 2, 13),
            List.of("Drugs (3)", "Cybersecurity (2)"), List.of("Lương Tam Quang (1)", "Michael DeSombre (1)")),
        new Aggregates.Partner("china", "China", 1, 1, LocalDate.of(2025, 8, 19), List.of("Drugs (1)"),
            List.of("Lương Tam Quang (1)", "Wang Xiaohong (1)")));
  }

  static ReportData data() {
    Map<String, Actor> actors = actors();
    return new ReportData(run(), byLanguage(), bySource(), 2, themes(), themeAssignments(), 3, List.of("Cybersecurity 2026-02"),
        topicShares(), topics(), new Network(new ArrayList<>(actors.values()), pairs()), actors, pairs(),
        actorStories(), events(), events().size(), eventMarks(), partners(), Map.of("d1", "Hanoi talks · VNA/VNS · 2026-02-13"),
        List.of(new RejectSummary("too_short", 1, "notes/short.txt", "Only 4 words (ingest.min_words = 20)")), Map.of());
  }

  /** The same run without a topic stage. */
  static ReportData withoutTopics() {
    ReportData d = data();
    return new ReportData(d.run(), d.byLanguage(), d.bySource(), d.sourceCount(), d.themes(), d.themeAssignments(),
        d.themesFound(), d.themeSpikes(), null, null, d.network(), d.actors(), d.pairs(), d.actorStories(),
        d.events(), d.eventCount(), d.eventMarks(), d.partners(), d.sources(), d.rejects(), Map.of(ReportData.TOPIC_FAMILY, "tables topics and topics_over_time are not in this output"));
  }
}
