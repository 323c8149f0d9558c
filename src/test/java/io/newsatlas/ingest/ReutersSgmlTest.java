package io.newsatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersSgmlTest {
  private static final String SAMPLE = """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
      <DATE>26-FEB-1987 15:01:01.79</DATE>
      <TOPICS><D>cocoa</D></TOPICS>
      <PLACES><D>el-salvador</D><D>usa</D><D>uruguay</D></PLACES>
      <PEOPLE></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>\s
      &#5;&#5;&#5;C T
      &#22;&#22;&#1;f0704&#31;reute
      u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
      <TEXT>&#2;
      <TITLE>BAHIA COCOA REVIEW</TITLE>
      <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
      the Bahia cocoa zone, alleviating the drought, said &lt;ACME> &amp; others.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" NEWID="2">
      <DATE> 2-MAR-1987 08:00:00.00</DATE>
      <TOPICS></TOPICS><PEOPLE><D>reagan</D></PEOPLE>
      <TEXT TYPE="BRIEF">&#2;
      <TITLE>BRIEF TITLE ONLY</TITLE>
      &#3;</TEXT>
      </REUTERS>
      """;

  @Test
  void recordsWithTextDateIdAndLabels() {
    List<ReutersSgml.Article> articles = ReutersSgml.parse(SAMPLE);
    assertThat(articles).hasSize(2);
    ReutersSgml.Article first = articles.get(0);
    assertThat(first.newId()).isEqualTo("1");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.date()).isEqualTo("26-FEB-1987 15:01:01.79");
    assertThat(first.text()).startsWith("BAHIA COCOA REVIEW\nSALVADOR, Feb 26 - Showers continued")
        .contains("said <ACME> & others.").endsWith("Reuter");
    assertThat(first.labels()).containsEntry("topics", List.of("cocoa"))
        .containsEntry("places", List.of("el-salvador", "usa", "uruguay")).doesNotContainKey("people");
    ReutersSgml.Article brief = articles.get(1);
    assertThat(brief.text()).isEqualTo("BRIEF TITLE ONLY");
    assertThat(brief.labels()).containsEntry("people", List.of("reagan"));
    assertThat(DateExpressions.parseValue(brief.date()).firstDay()).hasToString("1987-03-02");
  }
}
