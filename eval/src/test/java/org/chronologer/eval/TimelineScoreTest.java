package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.chronologer.eval.TimelineScore.Graph;
import org.chronologer.eval.TimelineScore.Relation;
import org.chronologer.eval.TimelineScore.Result;
import org.chronologer.eval.TimelineScore.Timeline;
import org.chronologer.eval.TimelineScore.Type;
import org.junit.jupiter.api.Test;

/** SemEval-2015 Task 4 timeline scoring on tiny timelines, with figures computed by hand. */
class TimelineScoreTest {

    private static final Offset<Double> EPS = within(1e-12);

    private static Timeline timeline(String... lines) {
        return Timeline.parse("X\n" + String.join("\n", lines) + "\n");
    }

    /**
     * Gold a(2010) &lt; b(2011) &lt; c(2012); system a(2010) &lt; c(2012) &lt; d(2013).
     * <pre>
     * gold reduced (5):   a=T2010  b=T2011  c=T2012  a&lt;b  b&lt;c
     * system reduced (5): a=T2010  c=T2012  d=T2013  a&lt;c  c&lt;d
     * precision: a=T2010 yes, c=T2012 yes, d=T2013 no (d not in gold), a&lt;c yes (gold closure), c&lt;d no   = 3/5
     * recall:    a=T2010 yes, b=T2011 no, c=T2012 yes, a&lt;b no, b&lt;c no (b not in the system)        = 2/5
     * F1 = 2 * 0.6 * 0.4 / 1.0 = 0.48
     * </pre>
     */
    private static final Timeline GOLD_A = timeline("1\t2010\t1-1-a", "2\t2011\t1-2-b", "3\t2012\t1-3-c");
    private static final Timeline SYSTEM_A = timeline("1\t2010\t1-1-a", "2\t2012\t1-3-c", "3\t2013\t1-4-d");

    /**
     * Gold x(2006) before y(2006): x=T, y=T, then x&lt;y contradicts x=T=y: a violation, still counted (3 relations).
     * System x, y coreferent on one line: x=T, y=T, then x=y is redundant (2 relations).
     * <pre>
     * precision: x=T yes, y=T yes                                       = 2/2
     * recall:    x=T yes, y=T yes, x&lt;y no (the system says x=y)         = 2/3
     * </pre>
     */
    private static final Timeline GOLD_B = timeline("1\t2006\td-1-x", "2\t2006\td-2-y");
    private static final Timeline SYSTEM_B = timeline("1\t2006\td-1-x\td-2-y");

    @Test
    void scoresOneTimelineByTemporalAwareness() {
        Result r = TimelineScore.score("a", GOLD_A, SYSTEM_A);
        assertThat(r.systemVerified()).isEqualTo(3);
        assertThat(r.systemTotal()).isEqualTo(5);
        assertThat(r.goldVerified()).isEqualTo(2);
        assertThat(r.goldTotal()).isEqualTo(5);
        assertThat(r.precision()).isCloseTo(0.6, EPS);
        assertThat(r.recall()).isCloseTo(0.4, EPS);
        assertThat(r.f1()).isCloseTo(0.48, EPS);
        assertThat(r.goldEvents()).isEqualTo(3);
        assertThat(r.systemEvents()).isEqualTo(3);
        assertThat(r.sharedEvents()).isEqualTo(2);
    }

    @Test
    void countsViolationsInTheReducedGraphButNotRedundantRelations() {
        Graph gold = Graph.of(GOLD_B);
        assertThat(gold.reduced()).hasSize(3);
        assertThat(gold.violated()).containsExactly(new Relation("e:d-1-x#1", "e:d-2-y#1", Type.BEFORE));
        assertThat(gold.entailsSimultaneous("e:d-1-x#1", "e:d-2-y#1")).isTrue();

        Graph system = Graph.of(SYSTEM_B);
        assertThat(system.reduced()).hasSize(2);
        assertThat(system.redundant()).containsExactly(new Relation("e:d-1-x#1", "e:d-2-y#1", Type.SIMULTANEOUS));

        Result r = TimelineScore.score("b", GOLD_B, SYSTEM_B);
        assertThat(r.precision()).isCloseTo(1.0, EPS);
        assertThat(r.recall()).isCloseTo(2.0 / 3, EPS);
    }

    @Test
    void aViolationIsVerifiedWhenTheOtherSideStatesIt() {
        Result r = TimelineScore.score("b", GOLD_B, GOLD_B);
        assertThat(r.precision()).isCloseTo(1.0, EPS);
        assertThat(r.recall()).isCloseTo(1.0, EPS);
    }

    @Test
    void microAveragesOverTimelines() {
        TimelineScore s = new TimelineScore();
        s.add("a", GOLD_A, SYSTEM_A);
        s.add("b", GOLD_B, SYSTEM_B);
        // P = (3 + 2) / (5 + 2) = 5/7; R = (2 + 2) / (5 + 3) = 1/2; F1 = 2 (5/7)(1/2) / (5/7 + 1/2) = 10/17
        assertThat(s.precision()).isCloseTo(5.0 / 7, EPS);
        assertThat(s.recall()).isCloseTo(0.5, EPS);
        assertThat(s.f1()).isCloseTo(10.0 / 17, EPS);
        assertThat(s.results()).extracting(Result::name).containsExactly("a", "b");
        String table = s.format();
        assertThat(table).contains("MICRO").contains("58.82").contains("71.43").contains("50.00");
        assertThat(table.lines()).hasSize(4);
    }

    @Test
    void aTimelineScoredAgainstItselfIsPerfect() {
        Timeline t = timeline("0\tXXXX-XX-XX\t5-6-sued", "1\t1968\t5-16-founded", "2\t1989\t5-8-file",
                "2\t1989\t5-8-suit", "3\t2006-03\t5-2-filed\t7-2-filed", "4\tXXXX-XX-XX\t6-3-argued",
                "5\tXXXX-XX-XX\t6-6-showed");
        Result r = TimelineScore.score("t", t, t);
        assertThat(r.f1()).isCloseTo(1.0, EPS);
        assertThat(r.goldEvents()).isEqualTo(7); // the ordinal-0 line is ignored
    }

    @Test
    void anEmptySystemTimelineScoresZeroButCounts() {
        TimelineScore s = new TimelineScore();
        s.add("a", GOLD_A, timeline());
        assertThat(s.goldTotal()).isEqualTo(5);
        assertThat(s.systemTotal()).isZero();
        assertThat(s.f1()).isZero();
    }

    @Test
    void buildsTheScorersRelationsInItsOrder() {
        List<Relation> r = TimelineScore.relations(timeline("2\t2011\t1-2-b", "1\t2010\t1-1-a\t2-1-a", "0\tXXXX\t1-9-z"));
        assertThat(r).containsExactly(
                new Relation("e:1-1-a#1", "t:2010", Type.SIMULTANEOUS),
                new Relation("e:2-1-a#1", "t:2010", Type.SIMULTANEOUS),
                new Relation("e:1-2-b#1", "t:2011", Type.SIMULTANEOUS),
                new Relation("e:1-1-a#1", "e:2-1-a#1", Type.SIMULTANEOUS),
                new Relation("e:2-1-a#1", "e:1-2-b#1", Type.BEFORE));
    }

    @Test
    void sortsLinesInNaturalOrder() {
        Graph g = Graph.of(timeline("10\t2012\ta-1-z", "2\t2010\ta-1-x", "3\t2011\ta-1-y"));
        assertThat(g.entailsBefore("e:a-1-x#1", "e:a-1-z#1")).isTrue(); // 2 < 3 < 10, not "10" < "2"
        assertThat(g.entailsAfter("e:a-1-z#1", "e:a-1-x#1")).isTrue();
        assertThat(TimelineScore.naturalCompare("2\tb", "10\ta")).isNegative();
        assertThat(TimelineScore.naturalCompare("1\t2008\ta", "1\tXXXX\ta")).isNegative(); // numbers before text
        assertThat(TimelineScore.naturalCompare("1\tab", "1\tab\tc")).isNegative();
    }

    @Test
    void repeatedEventStringsAreDistinctOccurrences() {
        Timeline gold = timeline("1\t2010\t1-1-has", "2\t2011\t1-1-has");
        Timeline system = timeline("1\t2010\t1-1-has");
        Result r = TimelineScore.score("r", gold, system);
        // gold: has#1=T2010, has#2=T2011, has#1<has#2 (3); system: has#1=T2010 (1), verified
        assertThat(r.precision()).isCloseTo(1.0, EPS);
        assertThat(r.recall()).isCloseTo(1.0 / 3, EPS);
    }

    @Test
    void parsesAndFormatsTheFileFormat() {
        String text = "iPhone 3G\n1\t2008-06-09\t12315-2-launched\t12315-3-launching\n2\tXXX-XX-XX\t12315-4-provide\n";
        Timeline t = Timeline.parse(text);
        assertThat(t.entity()).isEqualTo("iPhone 3G");
        assertThat(t.lines()).hasSize(2);
        assertThat(t.lines().get(0).events()).containsExactly("12315-2-launched", "12315-3-launching");
        assertThat(t.format()).isEqualTo(text);
        assertThatThrownBy(() -> Timeline.parse("X\none\t2008\t1-1-a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeline.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
