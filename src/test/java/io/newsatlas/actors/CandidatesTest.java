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
