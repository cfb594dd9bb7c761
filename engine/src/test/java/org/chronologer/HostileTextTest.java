package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.model.DatedArticle;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.tag.HeidelTimeTagger;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.chronologer.write.ChronologyWriter;
import org.junit.jupiter.api.Test;

/** Whatever the text, the flow neither throws nor reports anything outside the text, and repeats itself exactly. */
class HostileTextTest {

    private static final ArticleDater DATING = new ArticleDater(SharedExtractor.get(), KnowledgeBase.defaults());

    @Property(tries = 30)
    void anyTextIsTaggedAndDatedWithoutErrorAndEverySpanAndIntervalIsSound(@ForAll @StringLength(max = 400) String text) {
        DatedArticle d = DATING.dateAlone(Article.of("p", text));
        assertThat(d.published().earliest()).isBeforeOrEqualTo(d.published().latest());
        assertThat(d.published().contains(d.published().best())).isTrue();
        for (Mention m : d.mentions()) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start(), text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            m.resolution().interval().ifPresent(i -> assertThat(i.earliest()).isBeforeOrEqualTo(i.latest()));
        }
        DatedArticle again = DATING.dateAlone(Article.of("p", text));
        assertThat(again.published()).usingRecursiveComparison().ignoringFields("evidence", "conflicts").isEqualTo(d.published());
        assertThat(again.mentions()).isEqualTo(d.mentions());
    }

    @Property(tries = 20)
    void textsFullOfDateLikeNoiseAreSound(@ForAll("noisy") String text) {
        anyTextIsTaggedAndDatedWithoutErrorAndEverySpanAndIntervalIsSound(text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> noisy() {
        return net.jqwik.api.Arbitraries.of("on Tuesday", "in March", "1999", "9999", "0001", "last year", "five years later",
                        "the same day", "at that time", "Feb. 30", "31/02/2020", "12:61 p.m.", "the 1950s", "BC", "tomorrow",
                        "10th anniversary of the", "NATO", "the third G20 summit", "\u2014", "\r\n", "\u00A0", " ")
                .list().ofMaxSize(40).map(parts -> String.join(" ", parts));
    }

    @Test
    void aTaggerThatFailsOnAnArticleIsReportedAndTheOtherTaggersMentionsAreKept() {
        TemporalTagger broken = new TemporalTagger() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
                throw new IllegalStateException("internal failure");
            }
        };
        MentionExtractor extractor = new MentionExtractor(List.of(broken, MentionExtractor.ownPatterns()));
        MentionExtractor.Result r = extractor.extract("They met in 2013. At that time, nobody knew.", Optional.empty());
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p).contains("broken failed").contains("internal failure"));
        assertThat(r.mentions()).extracting(Mention::text).containsExactly("that time");
        // and the chronology reports it against the article, which is still there
        Chronology c = new ChronologyBuilder(extractor, KnowledgeBase.of(List.of()))
                .build(List.of(Article.of("a", "They met in 2013. At that time, nobody knew.")), new ArrayList<>());
        assertThat(c.articles()).hasSize(1);
        assertThat(c.errors()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(org.chronologer.read.InputProblem.Kind.WARNING);
            assertThat(p.message()).contains("broken failed");
        });
    }

    @Test
    void theWholeBadCorpusGoesThroughTheChronologyAndRepeatsByteForByte() {
        List<org.chronologer.read.InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(Path.of("..", "fixtures", "bad-input").toString()), problems);
        ChronologyBuilder builder = new ChronologyBuilder(SharedExtractor.get(), KnowledgeBase.defaults());
        String first = ChronologyWriter.json(builder.build(articles, problems));
        String second = ChronologyWriter.json(builder.build(articles, problems));
        assertThat(first).isEqualTo(second).contains("\"errors\"").contains("symbolic link loop").contains("not English");
    }

    @Test
    void aTextWithThousandsOfDatesIsDated() throws Exception {
        String text = Files.readString(Path.of("..", "fixtures", "bad-input", "thousands-of-dates.txt"));
        DatedArticle d = DATING.dateAlone(Article.of("many", text));
        assertThat(d.mentions()).hasSizeGreaterThan(1000);
        assertThat(d.published().evidence()).isNotEmpty();
    }

    @Test
    void anImpossibleDayOfAMonthIsNoDateAndStopsNothing() {
        for (String text : List.of("Shares closed lower on May 0, traders said.", "The talks ended on 0 June, officials said.",
                "Prices fell on June 00 after the report.")) {
            DatedArticle d = DATING.dateAlone(Article.of("p", text));
            assertThat(d.published().earliest()).isBeforeOrEqualTo(d.published().latest());
            assertThat(d.mentions()).allSatisfy(m -> assertThat(m.resolution().interval()).isEmpty());
        }
    }
}
