package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.chronologer.eval.CatDocument.Markable;
import org.chronologer.eval.CatDocument.Token;
import org.junit.jupiter.api.Test;

/** CAT documents written inline, in the layout of the SemEval-2015 Task 4 trial data. */
class CatDocumentTest {

    private static final String DOC = """
            <?xml version="1.0" ?><Document doc_id="42" doc_name="42-Acme_unveils_widget" src_url="http://example.org/x">
            <token number="0" sentence="0" t_id="1">Acme</token>
            <token number="1" sentence="0" t_id="2">unveils</token>
            <token number="2" sentence="0" t_id="3">widget</token>
            <token number="3" sentence="1" t_id="4">June</token>
            <token number="4" sentence="1" t_id="5">8</token>
            <token number="5" sentence="1" t_id="6">,</token>
            <token number="6" sentence="1" t_id="7">2010</token>
            <token number="7" sentence="2" t_id="8">Yesterday</token>
            <token number="8" sentence="2" t_id="9">,</token>
            <token number="9" sentence="2" t_id="10">Smith</token>
            <token number="10" sentence="2" t_id="11">&amp;</token>
            <token number="11" sentence="2" t_id="12">Jones</token>
            <token number="12" sentence="2" t_id="13">unveiled</token>
            <token number="13" sentence="2" t_id="14">it</token>
            <token number="14" sentence="2" t_id="15">.</token>
            <Markables>
            <EVENT_MENTION m_id="9">
            <token_anchor t_id="13"/>
            </EVENT_MENTION>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2010-06-08">
            <token_anchor t_id="4"/>
            <token_anchor t_id="5"/>
            <token_anchor t_id="6"/>
            <token_anchor t_id="7"/>
            </TIMEX3>
            </Markables>
            </Document>
            """;

    @Test
    void readsIdsDateAndTokens() {
        CatDocument d = CatDocument.parse(DOC);
        assertThat(d.id()).isEqualTo("42");
        assertThat(d.name()).isEqualTo("42-Acme_unveils_widget");
        assertThat(d.dct()).contains(LocalDate.of(2010, 6, 8));
        assertThat(d.tokens()).hasSize(15);
        assertThat(d.sentenceNumbers()).containsExactly(0, 1, 2);
        assertThat(d.token(11)).map(Token::text).contains("&");
    }

    @Test
    void rendersSentencesOnLinesAndTokensWithSingleSpaces() {
        CatDocument d = CatDocument.parse(DOC);
        assertThat(d.text()).isEqualTo("Acme unveils widget\nJune 8 , 2010\nYesterday , Smith & Jones unveiled it .");
        for (Token t : d.tokens()) {
            assertThat(d.text().substring(t.start(), t.end())).isEqualTo(t.text());
        }
        int at = d.text().indexOf("unveiled");
        assertThat(d.tokenAt(at)).map(Token::id).contains(13);
        assertThat(d.tokenAt(at + 3)).map(Token::id).contains(13);
        assertThat(d.tokenAt(at + "unveiled".length())).map(Token::id).contains(13); // the space after it
        assertThat(d.tokensIn(at, at + 11)).extracting(Token::id).containsExactly(13, 14);
        assertThat(d.sentence(1)).extracting(Token::text).containsExactly("June", "8", ",", "2010");
    }

    @Test
    void keepsTheMarkables() {
        CatDocument d = CatDocument.parse(DOC);
        List<Markable> events = d.markables("EVENT_MENTION");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).id()).isEqualTo("9");
        assertThat(events.get(0).tokenIds()).containsExactly(13);
        assertThat(d.dctTokenIds()).containsExactly(4, 5, 6, 7);
        assertThat(d.markables("TIMEX3").get(0).attributes()).containsEntry("value", "2010-06-08");
    }

    @Test
    void dropsTheLineThatOnlyRepeatsThePublicationDate() {
        CatDocument d = CatDocument.parse(DOC).withoutDateLine();
        assertThat(d.text()).isEqualTo("Acme unveils widget\nYesterday , Smith & Jones unveiled it .");
        assertThat(d.sentenceNumbers()).containsExactly(0, 2);
        assertThat(d.token(4)).isEmpty();
        Token unveiled = d.token(13).orElseThrow();
        assertThat(unveiled.sentence()).isEqualTo(2);
        assertThat(d.text().substring(unveiled.start(), unveiled.end())).isEqualTo("unveiled");
        assertThat(d.dct()).contains(LocalDate.of(2010, 6, 8)); // kept; the caller decides whether to declare it
    }

    @Test
    void aDocumentWithoutCreationTimeHasNoDateAndKeepsAllLines() {
        String xml = """
                <Document doc_id="7"><token number="0" sentence="0" t_id="1">Hello</token>
                <token number="1" sentence="1" t_id="2">May</token><token number="2" sentence="1" t_id="3">2</token>
                <Markables/></Document>""";
        CatDocument d = CatDocument.parse(xml);
        assertThat(d.dct()).isEmpty();
        assertThat(d.name()).isEmpty();
        assertThat(d.withoutDateLine().text()).isEqualTo("Hello\nMay 2");
    }

    @Test
    void aDateLineWithOtherWordsIsKept() {
        String xml = """
                <Document doc_id="7"><token number="0" sentence="0" t_id="1">Title</token>
                <token number="1" sentence="1" t_id="2">Sunday</token><token number="2" sentence="1" t_id="3">May</token>
                <token number="3" sentence="1" t_id="4">2</token>
                <Markables><TIMEX3 functionInDocument="CREATION_TIME" m_id="1" value="2010-05-02">
                <token_anchor t_id="3"/><token_anchor t_id="4"/></TIMEX3></Markables></Document>""";
        CatDocument d = CatDocument.parse(xml);
        assertThat(d.withoutDateLine().text()).isEqualTo("Title\nSunday May 2");
    }

    @Test
    void rejectsBrokenInput() {
        assertThatThrownBy(() -> CatDocument.parse("<Document doc_id=\"1\"><token"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CatDocument.parse("<Document><token t_id=\"1\" sentence=\"0\">a</token></Document>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc_id");
        assertThatThrownBy(() -> CatDocument.parse("<Document doc_id=\"1\"><token t_id=\"x\" sentence=\"0\">a</token></Document>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t_id");
    }
}
