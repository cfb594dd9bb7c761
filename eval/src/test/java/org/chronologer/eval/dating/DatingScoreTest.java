package org.chronologer.eval.dating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chronologer.date.DatingFit;
import org.chronologer.date.LinkClues;
import org.chronologer.model.Anchor;
import org.chronologer.model.Cue;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.junit.jupiter.api.Test;

class DatingScoreTest {

    private static Evidence date(String kind, String earliest, String latest) {
        return Evidence.of("x", 0, 1, RuleId.of("explicit-date"),
                new Cue(kind, new Anchor.Span(LocalDate.parse(earliest), LocalDate.parse(latest))), "x");
    }

    private static DatingFit.Sample sample(String truth, Evidence... evidence) {
        return new DatingFit.Sample(truth, "s", LocalDate.parse(truth), List.of(evidence),
                new LinkClues.Words("", List.of(), Set.of(), Set.of()));
    }

    @Test
    void toldCountsTheArticlesThatWriteOutADateOfTheirOwnYear() {
        List<DatingFit.Sample> samples = List.of(
                // its own year, as the latest date told
                sample("2015-06-01", date("date:past:month:latest", "2015-03-01", "2015-03-31")),
                // its own year, but an older date is not the latest: a future date of its year
                sample("2015-06-01", date("date:future:day", "2015-09-01", "2015-09-01"),
                        date("date:past:year:latest", "2014-01-01", "2014-12-31")),
                // a copyright year, a birth date and an election's name are not dates the article tells
                sample("2015-06-01", date("date:copyright", "2015-01-01", "2015-12-31"), date("date:birth", "2015-02-02", "2015-02-02"),
                        date("date:past:label", "2015-01-01", "2015-12-31")),
                // a span across two years is not within one
                sample("2015-06-01", date("date:past:decade:latest", "2010-01-01", "2019-12-31")));
        DatingScore.Told t = DatingScore.told(samples);
        assertThat(t.articles()).isEqualTo(4);
        assertThat(t.ownYear()).isEqualTo(0.5);
        assertThat(t.latestOwnYear()).isEqualTo(0.25);
        assertThat(t.anyDate()).isEqualTo(0.75);
    }
}
