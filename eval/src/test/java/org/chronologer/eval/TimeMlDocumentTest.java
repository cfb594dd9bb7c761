package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TimeML parsing on small documents written for these tests. */
class TimeMlDocumentTest {

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <DOCID>XYZ19980108.0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T18:30:00" temporalFunction="false" functionInDocument="CREATION_TIME">01/08/1998 18:30:00</TIMEX3></DCT>
            <TITLE>AT&amp;T <TIMEX3 tid="t9" type="DATE" value="1997" functionInDocument="NONE">last year</TIMEX3></TITLE>
            <TEXT>
            AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Wednesday</TIMEX3> that &quot;profits&quot; <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> &lt;5%&gt; in <TIMEX3 tid="t2" type="DATE" value="1997-Q4" mod="END">the <SIGNAL sid="s1">late</SIGNAL> fourth quarter</TIMEX3>.
            It&apos;s <TIMEX3 tid="t3" type='DURATION' value='P2Y'>two years</TIMEX3><TIMEX3 tid="t4" type="DATE" value="PRESENT_REF"/> old.
            </TEXT>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
            </TimeML>
            """;

    @Test
    void plainTextHasNoTagsAndDecodedEntities() {
        TimeMlDocument d = TimeMlDocument.parse("XYZ19980108.0001", DOC);
        assertThat(d.id()).isEqualTo("XYZ19980108.0001");
        assertThat(d.text()).isEqualTo("\nAT&T said Wednesday that \"profits\" rose <5%> in the late fourth quarter.\n"
                + "It's two years old.\n");
    }

    @Test
    void dctIsTheDateOfTheCreationTime() {
        assertThat(TimeMlDocument.parse("x", DOC).dct()).contains(LocalDate.of(1998, 1, 8));
    }

    @Test
    void goldTimexesHaveOffsetsIntoThePlainText() {
        TimeMlDocument d = TimeMlDocument.parse("x", DOC);
        assertThat(d.timexes()).hasSize(3); // the TITLE timex is outside TEXT, the empty one covers nothing
        for (TimeMlDocument.Timex t : d.timexes()) {
            assertThat(d.text().substring(t.start(), t.end())).isEqualTo(t.text());
        }
        TimeMlDocument.Timex wednesday = d.timexes().get(0);
        assertThat(wednesday).isEqualTo(new TimeMlDocument.Timex("t1", 11, 20, "Wednesday", "DATE", "1998-01-07",
                Optional.empty()));
        TimeMlDocument.Timex quarter = d.timexes().get(1);
        assertThat(quarter.text()).isEqualTo("the late fourth quarter");
        assertThat(quarter.start()).isEqualTo(49);
        assertThat(quarter.end()).isEqualTo(72);
        assertThat(quarter.value()).isEqualTo("1997-Q4");
        assertThat(quarter.mod()).contains("END");
        TimeMlDocument.Timex years = d.timexes().get(2);
        assertThat(years.type()).isEqualTo("DURATION");
        assertThat(years.value()).isEqualTo("P2Y");
        assertThat(years.text()).isEqualTo("two years");
        assertThat(years.start()).isEqualTo(79);
    }

    @Test
    void goldSpansCarryTypeAndValue() {
        TimeMlDocument d = TimeMlDocument.parse("x", DOC);
        assertThat(d.goldSpans()).first()
                .isEqualTo(new TempEvalScore.Span(11, 20, "Wednesday", "DATE", "1998-01-07"));
    }

    @Test
    void numericCharacterReferencesAreDecoded() {
        String doc = "<TimeML><TEXT>caf&#233; &#x41; <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999\">1999</TIMEX3></TEXT></TimeML>";
        TimeMlDocument d = TimeMlDocument.parse("x", doc);
        assertThat(d.text()).isEqualTo("café A 1999");
        assertThat(d.timexes().get(0).start()).isEqualTo(7);
        assertThat(d.dct()).isEmpty();
    }

    @Test
    void aDocumentWithoutTextIsRejected() {
        assertThatThrownBy(() -> TimeMlDocument.parse("broken", "<TimeML><DOCID>x</DOCID></TimeML>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("<TEXT>");
    }

    @Test
    void anUnclosedTimexIsRejected() {
        assertThatThrownBy(() -> TimeMlDocument.parse("x", "<TEXT><TIMEX3 tid=\"t1\">May</TEXT>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
