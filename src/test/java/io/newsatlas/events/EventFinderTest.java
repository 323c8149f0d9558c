package io.newsatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.actors.ActorMatcher;
import io.newsatlas.actors.Gazetteer;
import io.newsatlas.text.Sentences;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events found in sentences written as the news writes them, with the bundled dictionaries. */
class EventFinderTest {
  private static Gazetteer gazetteer;
  private static EventFinder finder;

  @BeforeAll
  static void dictionaries() {
    gazetteer = Gazetteer.load("conf/actors.yaml", true);
    finder = new EventFinder(EventDictionary.load("conf/events.yaml", true, gazetteer), gazetteer);
  }

  /** The document with its gazetteer mentions, as the actor stage finds them. */
  private static List<EventFinder.Found> find(String language, String text, LocalDate date, String precision) {
    List<Sentences.Span> sentences = Sentences.split(text);
    List<EventFinder.Named> named = new ActorMatcher(gazetteer).find(text).stream()
        .map(m -> new EventFinder.Named(m.actorId(), Sentences.containing(sentences, m.start()).index(), m.start(),
            m.end()))
        .toList();
    return finder.find(new EventFinder.Document("d1", null, language, text, date, precision, named));
  }

  @Test
  void aReceptionOnAWeekdayIsDatedFromTheDocument() {
    List<EventFinder.Found> found = find("en", "HÀ NỘI — General Lương Tam Quang, Minister of Public Security, received"
        + " US Assistant Secretary of State Michael DeSombre in Hà Nội on Friday.", LocalDate.of(2026, 2, 16), "day");
    assertThat(found).hasSize(1);
    EventFinder.Found event = found.get(0);
    assertThat(event.kind()).isEqualTo("reception");
    assertThat(event.participants()).containsExactly("luong_tam_quang", "michael_desombre");
    assertThat(event.sides()).containsExactly("ministry_public_security_vn", "us_department_of_state");
    assertThat(event.countries()).containsExactly("united_states", "vietnam");
    assertThat(event.place()).isEqualTo("Hà Nội");
    // Published on Monday 16 February: "on Friday" is the 13th.
    assertThat(event.date()).isEqualTo(new EventDates.Resolved(LocalDate.of(2026, 2, 13), "day", "sentence", "on Friday"));
  }

  /** A phrase written as part of a name is no interaction: "Hội khoa học Gặp gỡ Việt Nam" (Rencontres du Vietnam). */
  @Test
  void aPhraseInsideAnOrganisationsNameIsNoEvent() {
    assertThat(find("vi", "Năm 2008, vợ chồng GS Trần Thanh Vân (Việt kiều Pháp, Chủ tịch Hội khoa học Gặp gỡ Việt Nam) "
        + "- GS Lê Kim Ngọc đã xây dựng trung tâm ở Quy Nhơn.", LocalDate.of(2021, 4, 8), "day")).isEmpty();
    assertThat(find("en", "Officials of the Met Office said on Monday that storms will reach Scotland.",
        LocalDate.of(2021, 4, 8), "day")).isEmpty();
    // The same words as an interaction, at a sentence's start and in a title-case headline.
    assertThat(find("vi", "Gặp gỡ Đại sứ Mỹ Marc Knapper, Đại tướng Lương Tam Quang trao đổi về hợp tác.",
        LocalDate.of(2024, 4, 8), "day")).extracting(EventFinder.Found::kind).containsExactly("meeting");
    assertThat(EventFinder.inName("Reagan Meets Gorbachev", 0, 7)).isFalse();
    assertThat(EventFinder.inName("the Met Office", 0, 4)).isTrue();
  }

  /** "last week" dates an event to the week before the document's, known to the week only. */
  @Test
  void lastWeekIsTheWeekBefore() {
    List<EventFinder.Found> found = find("en", "Trade Representative Clayton Yeutter said the case was resolved at a"
        + " meeting with Argentine Agriculture Secretary Ernesto Figuerras in New Zealand last week.",
        LocalDate.of(1987, 3, 31), "day");
    assertThat(found).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(
        new EventDates.Resolved(LocalDate.of(1987, 3, 23), EventDates.WEEK, "sentence", "last week")));
    assertThat(find("vi", "Tuần trước, Bộ trưởng Lương Tam Quang đã tiếp Đại sứ Hoa Kỳ Marc Knapper.",
        LocalDate.of(2026, 2, 13), "day")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(
            new EventDates.Resolved(LocalDate.of(2026, 2, 2), EventDates.WEEK, "sentence", "Tuần trước")));
  }

  /** Reuters: welcoming a meeting's outcome is no reception. */
  @Test
  void welcomingAnOutcomeIsNoReception() {
    assertThat(find("en", "His office said Chancellor of the Exchequer Nigel Lawson had welcomed the outcome of a meeting"
        + " between U.S. Treasury Secretary James Baker and West German Finance Minister Gerhard Stoltenberg.",
        LocalDate.of(1987, 10, 19), "day")).extracting(EventFinder.Found::kind).doesNotContain("reception");
  }

  /** Dân Trí: "hiếm gặp" is rare, "tiếp đến" is next, and a coach or a player is no participant. */
  @Test
  void rareDiseasesListsAndMatchesAreNoMeetings() {
    assertThat(find("vi", "Rainer được bác sĩ A. Mandl và bác sĩ F. Windholz khám, chẩn đoán mắc một chứng rối loạn"
        + " hiếm gặp.", LocalDate.of(2021, 4, 26), "day")).isEmpty();
    assertThat(find("vi", "Ông Danny Makkelie đã chủ động tìm gặp HLV Fernando Santos.", LocalDate.of(2021, 4, 25),
        "day")).isEmpty();
    assertThat(find("vi", "Rồi tiếp đến là ông Jurgen Klopp và ông Andre Herreira cũng phản đối.",
        LocalDate.of(2021, 4, 21), "day")).isEmpty();
  }

  @Test
  void aVietnameseReceptionIgnoresTiepInOtherWords() {
    String text = "Chiều 13/2, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã tiếp Trợ lý Ngoại trưởng"
        + " Hoa Kỳ Michael DeSombre.\nTrợ lý Ngoại trưởng Michael DeSombre khẳng định sẽ tiếp tục thúc đẩy quan hệ với"
        + " Bộ trưởng Lương Tam Quang.";
    List<EventFinder.Found> found = find("vi", text, LocalDate.of(2026, 2, 13), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo("reception");
    assertThat(found.get(0).phrase()).isEqualTo("đã tiếp");
    assertThat(found.get(0).place()).isEqualTo("Hà Nội");
    assertThat(found.get(0).date().text()).isEqualTo("Chiều 13/2");
    assertThat(found.get(0).sentenceIndex()).isZero();
  }

  @Test
  void aMeetingDuringTheVisitorsVisitIsAReception() {
    List<EventFinder.Found> found = find("en", "MPS - General To Lam, Minister of Public Security, on October 30 had a"
        + " meeting with US Secretary of State Michael Pompeo during his visit to Vietnam.", LocalDate.of(2020, 10, 31),
        "day");
    assertThat(found).extracting(EventFinder.Found::kind).containsExactly("reception");
    // To Lam was Minister of Public Security in 2020 (his affiliations in conf/actors.yaml).
    assertThat(found.get(0).sides()).containsExactly("ministry_public_security_vn", "us_department_of_state");
    assertThat(found.get(0).date().date()).isEqualTo(LocalDate.of(2020, 10, 30));
  }

  @Test
  void aDialogueHasItsMechanismAndRoundAndAPastReferenceIsNotAnEvent() {
    List<EventFinder.Found> found = find("en", "Deputy Minister Le Quoc Hung and Acting Assistant Secretary of State Chris"
        + " Landberg co-chaired the second Viet Nam-US Law Enforcement and Security Dialogue in Washington DC on"
        + " September 5.\nIn September 2025, the MoPS and the US Department of State co-chaired the second Security and"
        + " Law Enforcement Dialogue in the US.", LocalDate.of(2025, 9, 6), "day");
    assertThat(found).hasSize(2);
    EventFinder.Found dialogue = found.get(0);
    assertThat(dialogue.reference()).isFalse();
    assertThat(dialogue.kind()).isEqualTo("dialogue");
    assertThat(dialogue.mechanism()).isEqualTo("Viet Nam-US Law Enforcement and Security Dialogue");
    assertThat(dialogue.round()).isEqualTo(2);
    assertThat(dialogue.place()).isEqualTo("Washington DC");
    assertThat(dialogue.date().date()).isEqualTo(LocalDate.of(2025, 9, 5));
    EventFinder.Found reference = found.get(1);
    assertThat(reference.reference()).isTrue();
    assertThat(reference.participants()).isEmpty();
    assertThat(reference.sides()).containsExactly("ministry_public_security_vn", "us_department_of_state");
    assertThat(reference.date()).isEqualTo(new EventDates.Resolved(LocalDate.of(2025, 9, 1), "month", "sentence",
        "September 2025"));
  }

  @Test
  void twoVisitsInOneSentenceAreNotOneMeetingOfTheirPeople() {
    List<EventFinder.Found> found = find("en", "He stressed that since the state visit to China by Party General Secretary"
        + " Tô Lâm in August 2024 and the visit to Việt Nam by Chinese President Xi Jinping in April 2025, relations"
        + " have advanced.", LocalDate.of(2025, 8, 19), "day");
    assertThat(found).isEmpty();
  }

  @Test
  void aPlanIsNotAnEvent() {
    List<EventFinder.Found> found = find("en", "Lương Tam Quang invited Wang Xiaohong to visit Việt Nam and will hold"
        + " talks with Liu Zhongyi.", LocalDate.of(2025, 8, 19), "day");
    assertThat(found).isEmpty();
  }

  /** An invitation far before the phrase is a plan too; a visit made at an invitation is an event. */
  @Test
  void anInvitationToVisitIsAPlanAndAVisitAtAnInvitationIsAnEvent() {
    LocalDate day = LocalDate.of(2021, 4, 24);
    assertThat(find("vi", "Thủ tướng Lý Hiển Long vui vẻ nhận lời và trân trọng mời Thủ tướng Phạm Minh Chính sang"
        + " thăm Singapore.", day, "day")).isEmpty();
    // A request or a guest before a real meeting is no invitation to it.
    assertThat(find("vi", "Thủ tướng Phạm Minh Chính đề nghị hai nước tăng cường hợp tác kinh tế trong cuộc hội đàm"
        + " với Thủ tướng Lý Hiển Long tại Singapore.", day, "day")).hasSize(1);
    assertThat(find("vi", "Thủ tướng Phạm Minh Chính, khách mời của Hội nghị G7 mở rộng, đã gặp Thủ tướng Lý Hiển Long"
        + " tại Hiroshima.", day, "day")).hasSize(1);
    assertThat(find("en", "Deputy Minister Le Quoc Hung, who was invited to Washington by the FBI, met Director"
        + " Christopher Wray.", day, "day")).hasSize(1);
    assertThat(find("vi", "Theo lời mời của Thủ tướng Lý Hiển Long, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng"
        + " Lý Hiển Long tại Singapore.", day, "day")).hasSize(1);
    assertThat(find("en", "Invited by the FBI, Deputy Minister Le Quoc Hung met Director Christopher Wray in"
        + " Washington.", day, "day")).hasSize(1);
  }

  /** Plans written without a future word before the phrase: a time to come, or a day after the document's. */
  @Test
  void talksLaterThisMonthOrOnADayToComeAreAPlan() {
    LocalDate march = LocalDate.of(1987, 3, 20);
    String talks = "Abe's visit prepared for Prime Minister Yasuhiro Nakasone's talks with President Ronald Reagan";
    assertThat(find("en", talks + " later this month.", march, "day")).isEmpty();
    assertThat(find("en", talks + ".", march, "day")).hasSize(1);
    String hoiDam = "Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Vương Tiểu Hồng";
    assertThat(find("vi", hoiDam + " vào tuần tới.", LocalDate.of(2025, 8, 19), "day")).isEmpty();
    assertThat(find("vi", hoiDam + ".", LocalDate.of(2025, 8, 19), "day")).hasSize(1);
    String leaves = "Prime Minister Yasuhiro Nakasone leaves for Washington on April 29 for talks with President Ronald Reagan.";
    assertThat(find("en", leaves, march, "day")).isEmpty();
    // Published on the day after: the talks happened.
    List<EventFinder.Found> after = find("en", leaves.replace("leaves", "left"), LocalDate.of(1987, 4, 30), "day");
    assertThat(after).extracting(f -> f.date().date()).containsExactly(LocalDate.of(1987, 4, 29));
    // The time to come is the visit's, not the talks'.
    assertThat(find("en", "Prime Minister Yasuhiro Nakasone left Tokyo after talks with President Ronald Reagan ahead of"
        + " his visit to Moscow next week.", march, "day")).hasSize(1);
    // The time to come is that of the plan's phrase, not of the meeting before it.
    assertThat(find("en", "Prime Minister Yasuhiro Nakasone met President Ronald Reagan on Friday and will meet him"
        + " again next week.", march, "day")).hasSize(1);
    // "Một tuần sau" is a week later, not next week.
    assertThat(find("vi", "Một tuần sau, " + hoiDam + ".", LocalDate.of(2025, 8, 19), "day")).hasSize(1);
    // A month named with its year is a plan when it is after the document's month.
    assertThat(find("en", "Nakasone holds talks with President Ronald Reagan in May 1987.", march, "day")).isEmpty();
  }

  /** A middle initial is part of a titled name, and left out of the participant: the same person as without it. */
  @Test
  void aMiddleInitialDoesNotCutANameOrMakeAnotherPerson() {
    LocalDate day = LocalDate.of(1987, 4, 13);
    assertThat(find("en", "Secretary of State George P. Shultz met Soviet Foreign Minister Eduard Shevardnadze.", day,
        "day")).singleElement().satisfies(e -> assertThat(e.participants())
            .containsExactlyInAnyOrder("name:George Shultz", "name:Eduard Shevardnadze"));
    assertThat(find("en", "Lieutenant General Thomas A. Bussiere met Secretary of State George Shultz.", day, "day"))
        .singleElement().satisfies(e -> assertThat(e.participants())
            .containsExactlyInAnyOrder("name:Thomas Bussiere", "name:George Shultz"));
  }

  /** Who says that others met is not one of them; who says that he met someone is. */
  @Test
  void aSpeakerReportingAMeetingOfOthersIsNoParticipant() {
    List<EventFinder.Found> said = find("en", "Spokesman Marlin Fitzwater said Reagan met in the White House with"
        + " Treasury Secretary James Baker and Federal Reserve Board Chairman Alan Greenspan.", LocalDate.of(1987, 10, 20), "day");
    assertThat(said).singleElement().satisfies(e -> assertThat(e.participants())
        .containsExactlyInAnyOrder("name:James Baker", "name:Alan Greenspan"));
    List<EventFinder.Found> after = find("en", "Treasury Secretary James Baker told reporters after a meeting with Finance"
        + " Minister Kiichi Miyazawa and Governor Satoshi Sumita.", LocalDate.of(1987, 10, 20), "day");
    assertThat(after).singleElement().satisfies(e -> assertThat(e.participants())
        .contains("name:James Baker", "name:Kiichi Miyazawa"));
    List<EventFinder.Found> told = find("en", "Finance Minister Gerhard Stoltenberg told the association that before a"
        + " meeting with Treasury Secretary James Baker on Monday, there had been criticism.", LocalDate.of(1987, 10, 20), "day");
    assertThat(told).singleElement().satisfies(e -> assertThat(e.participants())
        .containsExactlyInAnyOrder("name:Gerhard Stoltenberg", "name:James Baker"));
  }

  /** A day without a year is the nearer of this year's and last year's: late December in an early January piece. */
  @Test
  void aDayWithoutAYearIsTheNearerOne() {
    List<EventFinder.Found> found = find("en", "Prime Minister Yasuhiro Nakasone held talks with President Ronald Reagan"
        + " on December 30.", LocalDate.of(1987, 1, 5), "day");
    assertThat(found).extracting(f -> f.date().date()).containsExactly(LocalDate.of(1986, 12, 30));
    // A piece dated by its month only: the same.
    assertThat(find("en", "Prime Minister Yasuhiro Nakasone held talks with President Ronald Reagan on December 30.",
        LocalDate.of(1987, 1, 1), "month")).extracting(f -> f.date().date()).containsExactly(LocalDate.of(1986, 12, 30));
  }

  @Test
  void aPhoneCallWithACounterpart() {
    List<EventFinder.Found> found = find("en", "Minister of Public Security Lương Tam Quang held phone talks with his"
        + " Chinese counterpart Wang Xiaohong on Tuesday.", LocalDate.of(2025, 8, 19), "day");
    assertThat(found).extracting(EventFinder.Found::kind).containsExactly("phone_call");
    assertThat(found.get(0).place()).isNull();
    assertThat(found.get(0).sides()).containsExactly("ministry_public_security_cn", "ministry_public_security_vn");
    assertThat(found.get(0).date().date()).isEqualTo(LocalDate.of(2025, 8, 19));
  }

  @Test
  void aVietnameseMechanismWithARomanRound() {
    String[] found = EventFinder.viMechanism(
        "Tháng 9/2025, Bộ Công an và Bộ Ngoại giao Hoa Kỳ đã đồng chủ trì Đối thoại An ninh, Thực thi pháp luật lần thứ II"
            + " tại Hoa Kỳ.", List.of("Đối thoại", "Hội nghị"));
    assertThat(found).containsExactly("Đối thoại An ninh, Thực thi pháp luật", "2");
  }

  /** Two people named before the phrase who meet an audience are co-hosts, not each other's counterparts. */
  @Test
  void coHostsMeetingAnAudienceDidNotMeetEachOther() {
    LocalDate day = LocalDate.of(2021, 4, 12);
    assertThat(find("vi", "Chiều nay 1/10, Đặc phái viên Marshall Billingslea cùng Trung tướng Thomas A. Bussiere, Phó"
        + " Tư lệnh Bộ Chỉ huy Chiến lược Mỹ (USSTRATCOM) đã có cuộc trao đổi qua điện thoại với các phóng viên về"
        + " chuyến công du tới châu Á.", LocalDate.of(2020, 10, 1), "day")).isEmpty();
    assertThat(find("vi", "Ngày 12/4, TS Lê Thị Hương - Giám đốc Sở GD&ĐT tỉnh, anh Mai Văn Nam - Phó Bí thư Tỉnh Đoàn"
        + " đã gặp mặt, động viên, khen thưởng 3 nam sinh trường Gio Hải.", day, "day")).isEmpty();
    assertThat(find("en", "Treasury Secretary James Baker and Finance Minister Gerhard Stoltenberg met with reporters"
        + " in Frankfurt on Monday.", LocalDate.of(1987, 10, 19), "day")).isEmpty();
    // Each other's counterparts, with an audience later in the sentence or none.
    assertThat(find("vi", "Thượng tướng Phan Văn Giang và Thượng tướng Ngụy Phượng Hòa đã hội đàm tại Hà Nội, sau đó"
        + " hai bên cùng gặp gỡ các phóng viên của hai nước và nhiều người dân.", day, "day")).hasSize(1);
    assertThat(find("en", "Treasury Secretary James Baker met Finance Minister Gerhard Stoltenberg before meeting"
        + " reporters on Monday.", LocalDate.of(1987, 10, 19), "day")).hasSize(1);
  }

  /** A name in the possessive owns a thing, not an interaction, unless what it owns is one. */
  @Test
  void anOwnerIsNoParticipantAndAnOwnedThingIsNoOneReceived() {
    LocalDate day = LocalDate.of(1987, 10, 19);
    assertThat(find("en", "French Finance Minister Edouard Balladur, who hosted the Louvre meeting, was the only one of"
        + " the G7 Finance Ministers to respond directly to Treasury Secretary James Baker's remarks.", day, "day"))
        .isEmpty();
    assertThat(find("en", "Dutch Finance Minister Onno Ruding welcomed President Reagan's decision to name economist"
        + " Alan Greenspan as successor to Federal Reserve Board Chairman Paul Volcker.", day, "day")).isEmpty();
    assertThat(find("en", "Finance Minister Gerhard Stoltenberg said Treasury Secretary James Baker's talks with"
        + " Bundesbank President Karl Otto Poehl went well.", day, "day")).hasSize(1);
  }

  /** A possessive ends a titled name: "George Shultz' Moscow talks" are Shultz's. */
  @Test
  void aPossessiveEndsAName() {
    List<EventFinder.Found> found = find("en", "A decision could emerge from Secretary of State George Shultz' Moscow"
        + " talks with Soviet Foreign Minister Eduard Shevardnadze.", LocalDate.of(1987, 4, 13), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).participants()).containsExactlyInAnyOrder("name:George Shultz", "name:Eduard Shevardnadze");
  }

  /** A call to hold talks is a plan, however many words ("một cuộc") stand between. */
  @Test
  void aCallForTalksIsAPlan() {
    assertThat(find("vi", "Trong bối cảnh đó, Tổng thống Ukraine Volodymyr Zelensky kêu gọi tiến hành một cuộc hội đàm"
        + " với người đồng cấp Nga Vladimir Putin tại vùng chiến sự ở miền Đông.", LocalDate.of(2021, 4, 22), "day"))
        .isEmpty();
    List<EventFinder.Found> call = find("vi", "Tổng thống Joe Biden đã điện đàm với Tổng thống Nga Vladimir Putin và đề"
        + " nghị tổ chức một cuộc gặp thượng đỉnh trong những tháng tới.", LocalDate.of(2021, 4, 21), "day");
    assertThat(call).extracting(EventFinder.Found::kind).containsExactly("phone_call");
  }

  /** People the gazetteer lacks meet too: a title introduces them, and their surname stands for them later. */
  @Test
  void titledPeopleOutsideTheGazetteerAreParticipants() {
    List<EventFinder.Found> found = find("en", "West German Foreign Minister Hans-Dietrich Genscher arrived on Monday.\n"
        + "Genscher met Argentine President Raul Alfonsin for talks on Tuesday.", LocalDate.of(1987, 3, 5), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo("meeting");
    assertThat(found.get(0).participants()).containsExactlyInAnyOrder("name:Hans-Dietrich Genscher", "name:Raul Alfonsin");
    assertThat(found.get(0).date().date()).isEqualTo(LocalDate.of(1987, 3, 3));
  }

  /** Their sentence's countries are the sides of people the gazetteer does not place, one country per person at most. */
  @Test
  void peopleOutsideTheGazetteerTakeTheCountriesTheirSentenceNames() {
    List<EventFinder.Found> found = find("vi", "Chiều 24/4, Thượng tướng Phan Văn Giang hội đàm với Thượng tướng Ngụy "
        + "Phượng Hòa, Bộ trưởng Quốc phòng Trung Quốc.", LocalDate.of(2021, 4, 25), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).participants()).hasSize(2);
    assertThat(found.get(0).sides()).containsExactly("china");

    List<EventFinder.Found> many = find("en", "Treasury Secretary James Baker met Finance Minister Kiichi Miyazawa to "
        + "discuss Japan, China, South Korea and Taiwan.", LocalDate.of(1987, 4, 7), "day");
    assertThat(many).hasSize(1);
    assertThat(many.get(0).sides()).isEmpty();
  }

  /** A country running into a titled name is not part of the name; a name of the gazetteer's is its person. */
  @Test
  void aTitledNameLosesItsCountryAndAGazetteerNameIsItsPerson() {
    List<EventFinder.Found> found = find("vi", "Tổng thống Nga Vladimir Putin đã điện đàm với Thủ tướng Nhật Bản "
        + "Yoshihide Suga.", LocalDate.of(2021, 4, 25), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).participants()).containsExactlyInAnyOrder("name:Vladimir Putin", "name:Yoshihide Suga");
    assertThat(found.get(0).sides()).containsExactly("japan", "russia");
    assertThat(finder.participantOf("Phạm Minh Chính")).isEqualTo("pham_minh_chinh");
  }

  @Test
  void aPronounIsThePersonNamedLastBefore() {
    // Reuters, 1987: the wire names the visitor once, then goes on with "he".
    List<EventFinder.Found> found = find("en", "Former Foreign Minister Shintaro Abe returned from Washington on Sunday.\n"
        + "Yesterday, he met President Ronald Reagan at the White House.", LocalDate.of(1987, 4, 26), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).participants()).containsExactlyInAnyOrder("name:Shintaro Abe", "name:Ronald Reagan");
    assertThat(found.get(0).pronoun()).isEqualTo("'he' read as Shintaro Abe");
    // Nobody named before: no one to read the pronoun as, so no event; nor when a name precedes the phrase.
    assertThat(find("en", "Yesterday, he met President Ronald Reagan at the White House.", LocalDate.of(1987, 4, 26),
        "day")).isEmpty();
    List<EventFinder.Found> named = find("en", "Former Foreign Minister Shintaro Abe returned on Sunday.\n"
        + "He said Treasury Secretary James Baker met President Ronald Reagan.", LocalDate.of(1987, 4, 26), "day");
    assertThat(named).hasSize(1);
    assertThat(named.get(0).participants()).containsExactlyInAnyOrder("name:James Baker", "name:Ronald Reagan");
    assertThat(named.get(0).pronoun()).isNull();
  }

  @Test
  void aVietnameseTitleIsNotAPronoun() {
    List<EventFinder.Found> found = find("vi", "Thủ tướng Phạm Minh Chính dự hội nghị tại Jakarta.\n"
        + "Sau đó, ông đã hội đàm với Thủ tướng Campuchia Hun Sen.", LocalDate.of(2021, 4, 24), "day");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).pronoun()).isEqualTo("'ông' read as pham_minh_chinh");
    assertThat(find("vi", "Thủ tướng Phạm Minh Chính dự hội nghị tại Jakarta.\nSau đó, ông Hun Sen đã hội đàm với"
        + " các doanh nghiệp.", LocalDate.of(2021, 4, 24), "day")).isEmpty();
  }
}
