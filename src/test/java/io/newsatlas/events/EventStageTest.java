package io.newsatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.TestDocuments;
import io.newsatlas.TestSettings;
import io.newsatlas.TestStage;
import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.actors.ActorStage;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.ingest.DocumentRecord;
import io.newsatlas.themes.ThemeDictionary;
import io.newsatlas.themes.ThemeMatcher;
import io.newsatlas.themes.Themes;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events stage on hand-built documents: one reception reported in two languages, one meeting, one non-event. */
class EventStageTest {
  static EventStage.Result result;
  static List<Row> events;

  @BeforeAll
  static void run() {
    Gazetteer gazetteer = Gazetteer.load("conf/actors.yaml", false);
    Dataset<DocumentRecord> documents = TestDocuments.frame(
        TestDocuments.document("en", "en", "2026-02-16", "On February 13 in Hanoi, General Luong Tam Quang received "
            + "Michael DeSombre of the US Department of State. They discussed drug trafficking."),
        TestDocuments.document("vi", "vi", "2026-02-14", "Chiều 13/2, tại Hà Nội, Đại tướng Lương Tam Quang tiếp "
            + "Michael DeSombre, Bộ Ngoại giao Hoa Kỳ. Hai bên trao đổi về phòng chống ma túy."),
        TestDocuments.document("cn", "en", "2025-06-03", "On Sunday, Wang Xiaohong met Luong Tam Quang in Beijing."),
        TestDocuments.document("plan", "en", "2025-07-01", "Luong Tam Quang will meet Wang Xiaohong next year."),
        // Two outlets a day apart, their sentences undated: one event. Ten days on: another.
        TestDocuments.document("outlet1", "en", "2025-09-11", "Luong Tam Quang held talks with Wang Xiaohong in Beijing."),
        TestDocuments.document("outlet2", "en", "2025-09-10", "Luong Tam Quang held talks with Wang Xiaohong in Beijing."),
        TestDocuments.document("again", "en", "2025-09-21", "Luong Tam Quang held talks with Wang Xiaohong in Beijing."),
        // One summit: "last week" from Monday 19 April, and 16 April with the name the other way round.
        TestDocuments.document("lastweek", "vi", "2021-04-19", "Quan hệ với Trung Quốc chiếm lĩnh chương trình nghị sự "
            + "của Thủ tướng Nhật Bản Suga Yoshihide trong cuộc gặp thượng đỉnh với Tổng thống Mỹ Joe Biden ở Washington "
            + "hồi tuần trước."),
        TestDocuments.document("onthe16th", "vi", "2021-04-18", "Sau cuộc gặp giữa Tổng thống Mỹ Joe Biden và Thủ tướng "
            + "Nhật Bản Yoshihide Suga hôm 16/4, hai nước cho thấy một mặt trận thống nhất."),
        // One call that two articles date a day apart from their sentences (time zones).
        TestDocuments.document("call25", "vi", "2021-04-29", "Trong cuộc điện đàm với Thủ tướng Ấn Độ Narendra Modi "
            + "ngày 25/4, Tổng thống Mỹ Joe Biden cam kết hỗ trợ Ấn Độ chống Covid-19."),
        TestDocuments.document("call26", "vi", "2021-04-28", "Trong cuộc điện đàm hôm 26/4, Tổng thống Mỹ Joe Biden và "
            + "Thủ tướng Ấn Độ Narendra Modi đã thảo luận về tình hình dịch bệnh."),
        // One meeting, one report naming two of its three people.
        TestDocuments.document("three", "en", "1987-10-20", "Treasury Secretary James Baker, Finance Minister Gerhard "
            + "Stoltenberg and Bundesbank President Karl Otto Poehl met in Frankfurt on October 19."),
        TestDocuments.document("two", "en", "1987-10-20", "Treasury Secretary James Baker met Finance Minister Gerhard "
            + "Stoltenberg in Frankfurt on October 19 to discuss the dollar."),
        TestDocuments.document("other-two", "en", "1987-10-21", "Finance Minister Gerhard Stoltenberg met Bundesbank "
            + "President Karl Otto Poehl in Frankfurt on October 19."));
    TestStage stage = new TestStage();
    ActorStage.Storied storied = ActorStage.stories(documents, gazetteer, TestSettings.defaults().actors(), stage);
    ThemeDictionary themes = ThemeDictionary.load("conf/themes.yaml", false);
    EventFinder finder = new EventFinder(EventDictionary.load("conf/events.yaml", false, gazetteer), gazetteer);
    result = EventStage.run(storied.documents(), storied.mentions(),
        Themes.mentions(storied.documents(), new ThemeMatcher(themes, new ActorMatcher(gazetteer))), finder,
        TestSettings.defaults().events(), stage);
    events = result.events().collectAsList();
  }

  @Test
  void aReceptionReportedInTwoLanguagesIsOneEventWithTheDayTheTextGives() {
    Row reception = events.stream().filter(r -> r.<String>getAs("kind").equals("reception")).findFirst().orElseThrow();
    assertThat(reception.getAs("date").toString()).isEqualTo("2026-02-13");
    assertThat(reception.<String>getAs("cameo_code")).isEqualTo("043");
    assertThat(reception.getList(reception.fieldIndex("participants")))
        .containsExactly("luong_tam_quang", "michael_desombre");
    assertThat(reception.getList(reception.fieldIndex("sides")))
        .contains("ministry_public_security_vn", "us_department_of_state");
    assertThat(reception.getList(reception.fieldIndex("doc_ids"))).containsExactly("en", "vi");
    assertThat(reception.getList(reception.fieldIndex("themes"))).contains("drugs");
    assertThat(reception.getJavaMap(reception.fieldIndex("evidence"))).containsOnlyKeys("en", "vi");
  }

  @Test
  void reportsOfTheSamePeopleDatedByTheirDocumentsDaysApartAreOneEvent() {
    List<Row> talks = events.stream().filter(r -> r.<String>getAs("kind").equals("talks"))
        .sorted(java.util.Comparator.comparing(r -> r.getAs("date").toString())).toList();
    assertThat(talks).extracting(r -> r.getAs("date").toString()).containsExactly("2025-09-10", "2025-09-21");
    assertThat(talks).extracting(r -> r.getList(r.fieldIndex("doc_ids"))).containsExactly(
        List.of("outlet1", "outlet2"), List.of("again"));
    assertThat(talks.get(0).<String>getAs("date_source")).isEqualTo("document");
  }

  @Test
  void aDayInTheWeekAnotherReportGivesIsThatEventWhicheverWayItWritesANameRound() {
    Row summit = events.stream().filter(r -> r.getList(r.fieldIndex("participants")).contains("joe_biden")
        && r.getList(r.fieldIndex("doc_ids")).contains("lastweek")).findFirst().orElseThrow();
    assertThat(summit.getList(summit.fieldIndex("doc_ids"))).containsExactly("lastweek", "onthe16th");
    assertThat(summit.getAs("date").toString()).isEqualTo("2021-04-16");
    assertThat(summit.<String>getAs("date_precision")).isEqualTo("day");
    assertThat(summit.getList(summit.fieldIndex("participants"))).hasSize(2);
  }

  @Test
  void sentencesOfTwoDocumentsADayApartAreOneCall() {
    Row call = events.stream().filter(r -> r.getList(r.fieldIndex("doc_ids")).contains("call25")).findFirst()
        .orElseThrow();
    assertThat(call.getList(call.fieldIndex("doc_ids"))).containsExactly("call25", "call26");
    assertThat(call.<String>getAs("kind")).isEqualTo("phone_call");
  }

  @Test
  void aReportNamingSomeOfAMeetingsPeopleThatDayIsThatMeeting() {
    Row meeting = events.stream().filter(r -> r.getList(r.fieldIndex("doc_ids")).contains("two")).findFirst()
        .orElseThrow();
    assertThat(meeting.getList(meeting.fieldIndex("doc_ids"))).containsExactly("other-two", "three", "two");
    assertThat(meeting.getList(meeting.fieldIndex("participants"))).hasSize(3);
    assertThat(meeting.getAs("date").toString()).isEqualTo("1987-10-19");
  }

  @Test
  void aWeekdayIsResolvedAgainstTheDocumentsDayAndAPlanIsNoEvent() {
    assertThat(events).hasSize(7);
    Row meeting = events.stream().filter(r -> r.getList(r.fieldIndex("doc_ids")).contains("cn")).findFirst().orElseThrow();
    assertThat(meeting.getAs("date").toString()).isEqualTo("2025-06-01");
    assertThat(meeting.<String>getAs("date_source")).isNotEqualTo("document");
    // In the order the text names them.
    assertThat(meeting.getList(meeting.fieldIndex("participants"))).containsExactly("wang_xiaohong", "luong_tam_quang");
    assertThat(result.eventRows()).isEqualTo(7);
    assertThat(result.reportingDocuments()).isEqualTo(13);
  }
}
