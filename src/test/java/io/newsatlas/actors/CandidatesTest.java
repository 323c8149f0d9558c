package io.newsatlas.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsatlas.pipeline.GoldActors;
import io.newsatlas.text.MatchText;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  private static List<String> names(String text) {
    return Candidates.find(text).stream().map(Candidates.Candidate::name).toList();
  }

  @Test
  void titledPeopleOrganisationsAndDefinedAcronyms() {
    List<Candidates.Candidate> found = Candidates.find(
        "Deputy Minister Nguyen Van An met officials of the Federal Bureau of Investigation (FBI) in Hanoi.");
    assertThat(found).extracting(Candidates.Candidate::name, Candidates.Candidate::kind).contains(
        org.assertj.core.groups.Tuple.tuple("Nguyen Van An", Candidates.PERSON),
        org.assertj.core.groups.Tuple.tuple("Federal Bureau of Investigation", Candidates.ORGANISATION),
        org.assertj.core.groups.Tuple.tuple("FBI", Candidates.ACRONYM));
    assertThat(found).filteredOn(c -> c.kind().equals(Candidates.ACRONYM)).singleElement()
        .satisfies(c -> assertThat(c.longForm()).isEqualTo("Federal Bureau of Investigation"));
  }

  /** A possessive organisation word and a company are not people, whatever title comes before them. */
  @Test
  void aMinistrysDirectorateAndACompanyAreOrganisations() {
    List<Candidates.Candidate> found = Candidates.find("Gennady Gerasimov, chief of the Soviet Foreign Ministry's"
        + " Information Directorate, said Chairman General Dynamics Corp had agreed.");
    assertThat(found).filteredOn(c -> c.kind().equals(Candidates.PERSON)).extracting(Candidates.Candidate::name)
        .doesNotContain("Ministry's Information Directorate", "Information Directorate", "General Dynamics Corp",
            "Dynamics Corp");
  }

  /** An initial joins the name after it, but not the last letter of an initialism or a sentence's end. */
  @Test
  void aMiddleInitialIsPartOfAName() {
    assertThat(names("Lieutenant General Thomas A. Bussiere met the U.S. Commerce Department on Plan B. The talks"
        + " went on.")).contains("Thomas A. Bussiere", "Commerce Department").doesNotContain("S. Commerce Department",
        "Plan B. The");
  }

  @Test
  void vietnameseTitlesAndBodies() {
    assertThat(names("Thứ trưởng Nguyễn Văn Long làm việc với Bộ Ngoại giao Hoa Kỳ và Đảng Cộng sản Việt Nam."))
        .contains("Nguyễn Văn Long", "Bộ Ngoại giao Hoa Kỳ", "Đảng Cộng sản Việt Nam");
  }

  @Test
  void creditsAndBylinesAreNotCandidates() {
    assertThat(names("Bộ trưởng tiếp đoàn. (Ảnh: Phạm Kiên/TTXVN)\nBy Cong Nghiep")).doesNotContain("Phạm Kiên", "Cong Nghiep");
  }

  @Test
  void inVietnameseAPersonNeedsATitleAndBareNamesAreLeftOut() {
    List<Candidates.Candidate> found = Candidates.find(
        "HLV Park Hang Seo gặp ông Nguyễn Văn Long ở Phú Quốc; Real Madrid thắng. Phó Tổng giám đốc Trường Đại học"
            + " Bách khoa và UBND TP Hà Nội dự.", "vi");
    // A coach is sports news, not an actor: "HLV" is no person's title here.
    assertThat(found).extracting(Candidates.Candidate::name).contains("Nguyễn Văn Long", "Trường Đại học Bách khoa")
        .doesNotContain("Real Madrid", "Phó Tổng", "Phú Quốc", "Trường Đại", "Park Hang Seo", "HLV Park Hang Seo");
    assertThat(Candidates.find("Thủ tướng Ấn Độ Narendra Modi nói Bộ Giao thông vận tải và Bộ GD&ĐT cũng họp.", "vi"))
        .extracting(Candidates.Candidate::name).contains("Narendra Modi", "Bộ Giao thông", "Bộ GD&ĐT")
        .doesNotContain("Ấn Độ Narendra Modi", "Bộ GD&ĐT cũng");
    assertThat(found).filteredOn(c -> c.name().equals("Nguyễn Văn Long")).extracting(Candidates.Candidate::title)
        .containsOnly("ông");
    assertThat(Candidates.find("Real Madrid beat Atletico Madrid.", "en")).extracting(Candidates.Candidate::name)
        .contains("Real Madrid");
  }

  @Test
  void aPersonsTitleIsKept() {
    assertThat(Candidates.find("Deputy Minister Nguyen Van An and Thứ trưởng Lê Văn Bình met."))
        .filteredOn(c -> c.kind().equals(Candidates.PERSON))
        .extracting(Candidates.Candidate::name, Candidates.Candidate::title).contains(
            org.assertj.core.groups.Tuple.tuple("Nguyen Van An", "Deputy Minister"),
            org.assertj.core.groups.Tuple.tuple("Lê Văn Bình", "Thứ trưởng"));
  }

  @Test
  void placesAreNotActorCandidates() {
    assertThat(names("Đoàn công tác đến Hà Nội, Quảng Ninh và Bắc Kinh, rồi về huyện Đông Anh và xã Đạo Lý."))
        .isEmpty();
    assertThat(names("Talks in New York and West Germany with Latin American lenders.")).isEmpty();
    assertThat(names("Minister James Baker flew to Hong Kong.")).containsExactly("James Baker");
  }

  @Test
  void aNameAloneOnItsLineIsAByline() {
    assertThat(names("Bộ trưởng Nguyễn Văn Long phát biểu.\nTrường Thịnh\n")).contains("Nguyễn Văn Long")
        .doesNotContain("Trường Thịnh");
    assertThat(names("Bộ Y tế họp.\nNgọc Trâm - Trường Thịnh")).containsExactly("Bộ Y tế");
  }

  @Test
  void vietnameseTitlesCutAtALowerCaseSyllableAreNoNames() {
    assertThat(names("Phó Chủ tịch UBND nói. PV Dân trí hỏi Phó Giám đốc Sở.")).isEmpty();
    assertThat(names("Bộ GD&ĐT ban hành quy chế.")).containsExactly("Bộ GD&ĐT");
  }

  @Test
  void namesBeforeAndOrAmpersandJoinACompanyOrAgency() {
    assertThat(names("The Securities and Exchange Commission and the Food and Drug Administration said"
        + " Merrill Lynch and Co Inc and General Motors Corp agreed."))
        .contains("Securities and Exchange Commission", "Food and Drug Administration", "Merrill Lynch and Co Inc",
            "General Motors Corp")
        .doesNotContain("Exchange Commission", "Drug Administration", "Co Inc", "Motors Corp");
    assertThat(names("under the General Agreement on Tariffs and Trade")).doesNotContain("Agreement");
  }

  @Test
  void tournamentsAndOutletsAreTypedAsSuch() {
    assertThat(Candidates.find("Real Madrid thua ở Champions League, theo Báo Thanh Niên và the Washington Post."))
        .extracting(Candidates.Candidate::name, Candidates.Candidate::kind).contains(
            org.assertj.core.groups.Tuple.tuple("Champions League", Candidates.EVENT),
            org.assertj.core.groups.Tuple.tuple("Washington Post", Candidates.OUTLET));
  }

  /** From a review of the candidate rules: each of these went wrong once. */
  @Test
  void titlesStartAWordPlacesOfAnyLengthGoAndCompaniesStaySeparate() {
    // "ông" inside "không", "anh" inside "doanh" are no titles.
    assertThat(Candidates.find("Hãng hàng không Vietnam Airlines và công ty kinh doanh Thế Giới Di Động."))
        .filteredOn(c -> c.kind().equals(Candidates.PERSON)).isEmpty();
    assertThat(names("FILINGS RECENTLY FILED WITH THE SEC")).isEmpty();
    assertThat(names("Tổng thống Mỹ Joe Biden điện đàm với Thủ tướng Nhật Bản Fumio Kishida.")).contains("Joe Biden",
        "Fumio Kishida").doesNotContain("Mỹ Joe Biden", "Bản Fumio Kishida");
    assertThat(Candidates.find("UBND TP yêu cầu Sở Tài chính Hà Nội báo cáo; chị Thanh Hoa cho biết.", "vi"))
        .extracting(Candidates.Candidate::name).contains("Sở Tài chính Hà Nội", "Thanh Hoa");
    assertThat(names("Trading on the Chicago Mercantile Exchange and the London Interbank Offered Rate."))
        .contains("Chicago Mercantile Exchange", "London Interbank Offered Rate").doesNotContain("Mercantile Exchange");
    assertThat(names("Shares of Ford, General Motors and Chrysler Corp fell; the iPhone and Apple Inc rose."))
        .doesNotContain("General Motors and Chrysler Corp", "Phone and Apple Inc");
  }

  @Test
  void aLongLineOfNamesIsNoBylineAndDoesNotOverflow() {
    String line = "Nguyễn Văn An, ".repeat(600) + "Lê Văn Bình";
    assertThat(Candidates.find(line + "\nBộ Y tế họp.", "vi")).extracting(Candidates.Candidate::name).contains("Bộ Y tế");
  }

  /** Without any gazetteer, how many of the gold actors of each seed does discovery propose? */
  @Test
  void discoveryFindsMostGoldActorsWithoutTheGazetteer() throws IOException {
    int gold = 0;
    int found = 0;
    StringBuilder missed = new StringBuilder();
    for (GoldActors.Doc doc : GoldActors.documents()) {
      List<String> candidates = Candidates.find(ActorMatcherTest.seed(doc.file())).stream()
          .map(c -> MatchText.folded(c.name()).strip()).toList();
      for (var entry : GoldActors.surfaces(doc.file()).entrySet()) {
        gold++;
        boolean hit = entry.getValue().stream().map(s -> MatchText.folded(s).strip())
            .anyMatch(surface -> candidates.stream().anyMatch(c -> c.equals(surface)
                || (c.length() > 3 && surface.contains(c)) || (surface.length() > 3 && c.contains(surface))));
        if (hit) {
          found++;
        } else {
          missed.append(doc.file(), 0, 3).append(':').append(entry.getKey()).append(' ');
        }
      }
      for (String notActor : doc.notActors()) {
        assertThat(candidates).as("credit %s in %s", notActor, doc.file()).doesNotContain(MatchText.folded(notActor));
      }
    }
    double recall = (double) found / gold;
    System.out.printf("discovery without gazetteer: %d of %d gold actors (%.0f%%); missed: %s%n", found, gold,
        100 * recall, missed);
    assertThat(recall).isGreaterThanOrEqualTo(0.6);
  }
}
