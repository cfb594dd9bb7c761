package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.chronologer.eval.WebPageScore.Answer;
import org.chronologer.eval.WebPageScore.Outcome;
import org.chronologer.read.html.DateSource;
import org.chronologer.read.html.DateVote;
import org.chronologer.read.html.WebPage;
import org.chronologer.read.html.WebPageReader;
import org.junit.jupiter.api.Test;

/** The web-page scorer: every page counts, a page without an answer is wrong, and the fits are measured per half. */
class WebPageScoreTest {

    private static final WebPageReader READER = new WebPageReader();

    private static Outcome outcome(String file, String truth, String head) {
        WebPage page = READER.read("<html><head>" + head + "</head><body><p>Text.</p></body></html>");
        Answer answer = page.published().map(p -> new Answer(Optional.of(p.day()), p.source().label()))
                .orElse(new Answer(Optional.empty(), "none"));
        return new Outcome(file, WebPageScore.half(file), LocalDate.parse(truth), answer, page, Optional.empty());
    }

    @Test
    void aPageWithoutAnAnswerCountsAsWrongAndEachSourceIsCounted() {
        WebPageScore score = new WebPageScore();
        score.add(outcome("a.html", "2024-05-16", "<meta property=\"article:published_time\" content=\"2024-05-16\">"));
        score.add(outcome("b.html", "2024-05-16", "<meta name=\"date\" content=\"2024-05-17\">"));
        score.add(outcome("c.html", "2024-05-16", ""));
        assertThat(score.accuracy(null)).containsExactly(1, 3);
        assertThat(score.answerTable()).contains("OpenGraph").contains("none");
        assertThat(score.accuracy(WebPageReader.DEFAULT_VOTE, null)).containsExactly(1, 3);
        assertThat(score.smoothedPrecision(null).get(DateSource.OPEN_GRAPH)).isEqualTo(2.0 / 3);
        assertThat(score.fittedOrder(null).get(0)).isEqualTo(DateSource.OPEN_GRAPH);
        assertThat(score.accuracy(DateVote.inOrder(List.of(DateSource.PUBLISHER_META)), null)).containsExactly(0, 3);
    }

    @Test
    void theHalvesAreFixedByTheFileName() {
        assertThat(WebPageScore.half("a.html")).isEqualTo(WebPageScore.half("a.html"));
        long tune = IntStream.range(0, 200).mapToObj(i -> "page" + i + ".html")
                .filter(f -> WebPageScore.half(f) == WebPageScore.Half.TUNE).count();
        assertThat(tune).isBetween(70L, 130L);
    }
}
