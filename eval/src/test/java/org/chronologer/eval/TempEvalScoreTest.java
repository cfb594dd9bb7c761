package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.chronologer.eval.TempEvalScore.Alignment;
import org.chronologer.eval.TempEvalScore.Span;
import org.junit.jupiter.api.Test;

/** TempEval-3 timex scoring on hand-made spans, with figures computed by hand. */
class TempEvalScoreTest {

    private static final Offset<Double> EPS = within(1e-12);

    private static Span span(int start, int end, String type, String value) {
        return new Span(start, end, "x".repeat(end - start), type, value);
    }

    /**
     * Two documents. Gold: 5 timexes. System: 6 timexes.
     * <pre>
     * doc 1  gold [0,9) DATE 1998-01-07     system [0,9)   DATE 1998-01-07   strict, value ok, type ok
     *        gold [20,43) DATE 1997-Q4      system [29,43) DATE 1997-Q4      relaxed, value ok, type ok
     *        gold [50,59) DURATION P2Y      system [50,59) DATE P2Y          strict, value ok, type wrong
     *        gold [70,75) DATE 1998-01-08   -                                missed
     *        -                              system [80,85) DATE 1998         spurious
     *        -                              system [60,65) DURATION P1D      spurious
     * doc 2  gold [0,5) DATE 1998-03        system [0,8) TIME 1998-03-03     relaxed, value wrong, type wrong
     * </pre>
     * strict 2, relaxed 4, values 3, types 2.
     * Strict P = 2/6, R = 2/5, F1 = 4/11. Relaxed P = 4/6, R = 4/5, F1 = 8/11.
     * Value: accuracy 3/4, P = 3/6, R = 3/5, F1 = 6/11. Type: accuracy 2/4, P = 2/6, R = 2/5, F1 = 4/11.
     */
    private static TempEvalScore twoDocuments() {
        TempEvalScore s = new TempEvalScore();
        s.add(List.of(span(0, 9, "DATE", "1998-01-07"), span(20, 43, "DATE", "1997-Q4"),
                        span(50, 59, "DURATION", "P2Y"), span(70, 75, "DATE", "1998-01-08")),
                List.of(span(0, 9, "DATE", "1998-01-07"), span(29, 43, "DATE", "1997-Q4"),
                        span(50, 59, "DATE", "P2Y"), span(80, 85, "DATE", "1998"), span(60, 65, "DURATION", "P1D")));
        s.add(List.of(span(0, 5, "DATE", "1998-03")), List.of(span(0, 8, "TIME", "1998-03-03")));
        return s;
    }

    @Test
    void countsAreSummedOverDocuments() {
        TempEvalScore s = twoDocuments();
        assertThat(s.documents()).isEqualTo(2);
        assertThat(s.goldCount()).isEqualTo(5);
        assertThat(s.systemCount()).isEqualTo(6);
        assertThat(s.strictMatches()).isEqualTo(2);
        assertThat(s.relaxedMatches()).isEqualTo(4);
        assertThat(s.valueMatches()).isEqualTo(3);
        assertThat(s.typeMatches()).isEqualTo(2);
    }

    @Test
    void strictAndRelaxedPrecisionRecallF1() {
        TempEvalScore s = twoDocuments();
        assertThat(s.strictPrecision()).isCloseTo(2.0 / 6, EPS);
        assertThat(s.strictRecall()).isCloseTo(2.0 / 5, EPS);
        assertThat(s.strictF1()).isCloseTo(4.0 / 11, EPS);
        assertThat(s.relaxedPrecision()).isCloseTo(4.0 / 6, EPS);
        assertThat(s.relaxedRecall()).isCloseTo(4.0 / 5, EPS);
        assertThat(s.relaxedF1()).isCloseTo(8.0 / 11, EPS);
    }

    @Test
    void valueAndTypeF1AreAccuracyTimesRelaxedScores() {
        TempEvalScore s = twoDocuments();
        assertThat(s.valueAccuracy()).isCloseTo(3.0 / 4, EPS);
        assertThat(s.valuePrecision()).isCloseTo(3.0 / 6, EPS);
        assertThat(s.valueRecall()).isCloseTo(3.0 / 5, EPS);
        assertThat(s.valueF1()).isCloseTo(6.0 / 11, EPS);
        assertThat(s.valueF1()).isCloseTo(s.valueAccuracy() * s.relaxedF1(), EPS);
        assertThat(s.typeAccuracy()).isCloseTo(2.0 / 4, EPS);
        assertThat(s.typePrecision()).isCloseTo(2.0 / 6, EPS);
        assertThat(s.typeRecall()).isCloseTo(2.0 / 5, EPS);
        assertThat(s.typeF1()).isCloseTo(4.0 / 11, EPS);
    }

    @Test
    void alignmentReportsPairsMissesAndSpurious() {
        Alignment a = TempEvalScore.align(
                List.of(span(0, 9, "DATE", "1998-01-07"), span(70, 75, "DATE", "1998-01-08")),
                List.of(span(0, 9, "DATE", "1998-01-08"), span(80, 85, "DATE", "1998")));
        assertThat(a.pairs()).hasSize(1);
        assertThat(a.pairs().get(0).strict()).isTrue();
        assertThat(a.pairs().get(0).valueCorrect()).isFalse();
        assertThat(a.pairs().get(0).typeCorrect()).isTrue();
        assertThat(a.missed()).containsExactly(span(70, 75, "DATE", "1998-01-08"));
        assertThat(a.spurious()).containsExactly(span(80, 85, "DATE", "1998"));
    }

    @Test
    void oneSystemSpanOverTwoGoldSpansMatchesOnlyOne() {
        TempEvalScore s = new TempEvalScore();
        Alignment a = s.add(List.of(span(0, 10, "DATE", "A"), span(12, 20, "DATE", "B")),
                List.of(span(5, 15, "DATE", "A")));
        assertThat(a.pairs()).hasSize(1);
        assertThat(a.pairs().get(0).gold().value()).isEqualTo("A"); // the larger overlap
        assertThat(s.relaxedPrecision()).isCloseTo(1.0, EPS);
        assertThat(s.relaxedRecall()).isCloseTo(0.5, EPS);
        assertThat(s.strictMatches()).isZero();
    }

    @Test
    void twoSystemSpansOverOneGoldSpanCountOneFalsePositive() {
        TempEvalScore s = new TempEvalScore();
        Alignment a = s.add(List.of(span(0, 20, "DATE", "G")),
                List.of(span(0, 5, "DATE", "X"), span(10, 20, "DATE", "G")));
        assertThat(a.pairs()).singleElement().satisfies(p -> assertThat(p.system().value()).isEqualTo("G"));
        assertThat(a.spurious()).containsExactly(span(0, 5, "DATE", "X"));
        assertThat(s.relaxedPrecision()).isCloseTo(0.5, EPS);
        assertThat(s.relaxedRecall()).isCloseTo(1.0, EPS);
        assertThat(s.valueF1()).isCloseTo(2 * 0.5 * 1.0 / 1.5, EPS);
    }

    @Test
    void theMatchingIsMaximal() {
        // X overlaps A and B equally; Y only A. A takes X first, B's augmenting path moves A to Y.
        Alignment a = TempEvalScore.align(List.of(span(0, 10, "DATE", "A"), span(10, 20, "DATE", "B")),
                List.of(span(5, 15, "DATE", "X"), span(0, 3, "DATE", "Y")));
        assertThat(a.pairs()).hasSize(2);
        assertThat(a.pairs().get(0).system().value()).isEqualTo("Y");
        assertThat(a.pairs().get(1).system().value()).isEqualTo("X");
        assertThat(a.missed()).isEmpty();
        assertThat(a.spurious()).isEmpty();
    }

    @Test
    void identicalSpansArePairedBeforeOverlappingOnes() {
        // S1 overlaps G1 more than S2 overlaps it, but S2 is G2's identical twin and G1 is S1's.
        Alignment a = TempEvalScore.align(List.of(span(0, 10, "DATE", "G1"), span(8, 12, "DATE", "G2")),
                List.of(span(0, 10, "DATE", "S1"), span(8, 12, "DATE", "S2")));
        assertThat(a.pairs()).allSatisfy(p -> assertThat(p.strict()).isTrue());
    }

    @Test
    void noSystemOutputScoresZeroAndNothingAtAllScoresOne() {
        TempEvalScore none = new TempEvalScore();
        none.add(List.of(span(0, 5, "DATE", "1998")), List.of());
        assertThat(none.strictPrecision()).isZero();
        assertThat(none.relaxedF1()).isZero();
        assertThat(none.valueF1()).isZero();

        TempEvalScore empty = new TempEvalScore();
        empty.add(List.of(), List.of());
        assertThat(empty.documents()).isEqualTo(1);
        assertThat(empty.strictF1()).isEqualTo(1.0);
        assertThat(empty.valueF1()).isEqualTo(1.0);
    }

    @Test
    void formatShowsTheFiguresAsPercentages() {
        String text = twoDocuments().format();
        assertThat(text).contains("gold timexes").contains("strict P/R/F1")
                .contains(" 33.33 /  40.00 /  36.36")   // 2/6, 2/5, 4/11
                .contains(" 66.67 /  80.00 /  72.73")   // 4/6, 4/5, 8/11
                .contains(" 50.00 /  60.00 /  54.55");  // 3/6, 3/5, 6/11
        Map<String, TempEvalScore> two = new LinkedHashMap<>();
        two.put("alpha", twoDocuments());
        two.put("beta", new TempEvalScore());
        String table = TempEvalScore.table(two);
        assertThat(table.lines().findFirst().orElseThrow()).contains("alpha").contains("beta");
        assertThat(table.indexOf("alpha")).isLessThan(table.indexOf("beta"));
    }
}
