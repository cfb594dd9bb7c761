package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chronologer.eval.AnchoringScore.Side;
import org.junit.jupiter.api.Test;

class AnchoringScoreTest {

    private static final String FILE = """
            <TimeML>
            <DCT><TIMEX3 tid="t9" type="DATE" value="2001-03-05" functionInDocument="CREATION_TIME">March 5, 2001</TIMEX3></DCT>
            <TEXT>The mayor <EVENT eid="e1" class="REPORTING">said</EVENT> the bridge <EVENT eid="e2" class="OCCURRENCE">closed</EVENT>
            on <TIMEX3 tid="t1" type="DATE" value="2001-03-02">Friday</TIMEX3>.</TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t9"/>
            <TLINK lid="l2" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei2"/>
            <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
            <TLINK lid="l4" relType="BEFORE" eventInstanceID="ei7" relatedToTime="t9"/>
            </TimeML>
            """;

    @Test
    void eventTimeLinksAreReadFromTheEventToTheTimeWithTheirEventIds() {
        // a link from the time to the event is inverted; event-event links and unknown instances are left out
        assertThat(AnchoringScore.links(FILE)).containsExactly(new AnchoringScore.Link("e1", "t9", "BEFORE"),
                new AnchoringScore.Link("e2", "t1", "IS_INCLUDED"));
        assertThat(AnchoringScore.creationTimeId(FILE)).contains("t9");
        assertThat(AnchoringScore.eventLinks(FILE)).containsExactly(new AnchoringScore.EventLink("e1", "e2", "BEFORE"));
        assertThat(AnchoringScore.inside("IS_INCLUDED")).isTrue();
        assertThat(AnchoringScore.inside("BEFORE")).isFalse();
    }

    @Test
    void anAnswerAgreesOnItsSideAndOneOnTheCreationDayAlsoWithinThatDay() {
        LocalDate day = LocalDate.of(2001, 3, 5);
        assertThat(AnchoringScore.side(day.minusDays(3), day.minusDays(3), day)).isEqualTo(Side.BEFORE);
        assertThat(AnchoringScore.side(day.minusDays(3), day.plusDays(3), day)).isEqualTo(Side.OVERLAP);
        assertThat(AnchoringScore.side(day.plusDays(1), day.plusDays(9), day)).isEqualTo(Side.AFTER);
        assertThat(AnchoringScore.agrees(Side.BEFORE, false, "BEFORE")).isTrue();
        assertThat(AnchoringScore.agrees(Side.BEFORE, false, "IS_INCLUDED")).isFalse();
        // "said" today, before the publication moment: the files link it as before the creation time or inside its day
        assertThat(AnchoringScore.agrees(Side.BEFORE, true, "IS_INCLUDED")).isTrue();
        assertThat(AnchoringScore.agrees(Side.BEFORE, true, "AFTER")).isFalse();
        assertThat(AnchoringScore.agrees(Side.OVERLAP, true, "BEFORE")).isFalse();
    }

    @Test
    void aTallyCountsAnsweredAndRightLinks() {
        AnchoringScore.Tally t = new AnchoringScore.Tally();
        t.add(true, true);
        t.add(true, false);
        t.add(false, false);
        t.add(false, true); // unanswered is never right
        assertThat(t.links()).isEqualTo(4);
        assertThat(t.answered()).isEqualTo(2);
        assertThat(t.right()).isEqualTo(1);
        assertThat(t.coverage()).isEqualTo(50.0);
        assertThat(t.accuracy()).isEqualTo(50.0);
        assertThat(t.recall()).isEqualTo(25.0);
    }
}
