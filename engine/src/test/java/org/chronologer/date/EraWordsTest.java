package org.chronologer.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chronologer.model.Anchor;
import org.chronologer.model.Evidence;
import org.junit.jupiter.api.Test;

/** The words of an era, learned from made-up dated articles of three sources and six years. */
class EraWordsTest {

    /**
     * 30 articles a year, 2010-2015, of three sources; "pandemic" in most of 2014's and 2015's, "tsunami" in 20 of 2011's,
     * "quake" in 10 of 2012's, "wire" in one source's 2012 and 2013 articles, "budget" in all.
     */
    private static List<EraWords.Article> articles() {
        List<EraWords.Article> out = new ArrayList<>();
        String[] sources = {"a", "b", "c"};
        for (int year = 2010; year <= 2015; year++) {
            for (int i = 0; i < 30; i++) {
                Set<String> words = new TreeSet<>(Set.of("budget", "minister"));
                if (year >= 2014 && i % 4 != 0) {
                    words.add("pandemic");
                }
                if (year == 2011 && i % 3 != 0) {
                    words.add("tsunami");
                }
                if (year == 2012 && i % 3 != 0 && i < 15) {
                    // ten articles: too few to tell an era
                    words.add("quake");
                }
                String source = i < 25 ? sources[i % 3] : "a";
                if ((year == 2012 || year == 2013) && source.equals("a")) {
                    // 28 articles of one source: its topic, not its era's
                    words.add("wire");
                }
                out.add(new EraWords.Article(source, year, words));
            }
        }
        return out;
    }

    @Test
    void aWordOfSomeYearsIsOfThoseYearsAndOfEveryYearAfterTheLastOneCovered() {
        EraWords words = EraWords.learn(articles());
        // 2014 and 2015 are the last years the articles cover: news after them may use the word as much
        assertThat(words.years().get("pandemic")).isEqualTo(new Anchor.Span(LocalDate.of(2014, 1, 1), Anchor.OPEN_END));
        assertThat(words.years().get("tsunami")).isEqualTo(new Anchor.Span(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)));
        // a word of every year says nothing; so does one too rare or of one source
        assertThat(words.years()).doesNotContainKeys("budget", "minister", "quake", "wire");
    }

    @Test
    void anArticleGetsOneCuePerSpanOfYearsWithTheWordAsWritten() {
        EraWords words = EraWords.learn(articles()).withWeight(0.5);
        List<Evidence> evidence = words.evidence("The Pandemic and the tsunami: the pandemic again, a Tsunami warning.");
        assertThat(evidence).extracting(Evidence::text).containsExactly("Pandemic", "tsunami");
        assertThat(evidence).allSatisfy(e -> {
            assertThat(e.cue().kind()).isEqualTo(EraWords.KIND);
            assertThat(e.weight()).isEqualTo(0.5);
            assertThat(e.rule().shareable()).isFalse();
        });
        assertThat(evidence.get(1).says()).contains("news of 2011");
        assertThat(EraWords.NONE.evidence("The pandemic")).isEmpty();
    }

    @Test
    void theWordsCountOnlyForAnArticleTheRestOfItsEvidencePlacesInTheYearsTheyWereLearnedOn() {
        EraWords words = EraWords.learn(articles());
        assertThat(words.covered()).containsExactly(2010, 2011, 2012, 2013, 2014, 2015);
        DatingModel model = HandBuiltModel.empty().span("dateline", 0, 50).span(EraWords.KIND, 0, 40).span(EraWords.KIND, 400, 10)
                .build().withEraWords(words);
        List<Evidence> tsunami = words.evidence("A tsunami warning.");
        for (int year : new int[] {1989, 2014}) {
            Evidence dateline = Evidence.of("dateline", 0, 8, org.chronologer.model.RuleId.of("test"),
                    new org.chronologer.model.Cue("dateline", Anchor.Span.of(LocalDate.of(year, 3, 1))), "dateline");
            List<Evidence> evidence = new ArrayList<>(tsunami);
            evidence.add(dateline);
            List<Evidence> counted = words.counted(evidence, model);
            // in 1989 the word was not learned on its years: it says nothing; in 2014 it counts
            assertThat(counted).hasSize(year == 1989 ? 1 : 2).contains(dateline);
        }
        // with no other evidence the article could be of any year: the words do not count either
        assertThat(words.counted(tsunami, model)).isEmpty();
    }

    @Test
    void theModelFileKeepsTheWordsAndTheirWeight() throws IOException {
        DatingModel model = HandBuiltModel.empty().build().withEraWords(EraWords.learn(articles()).withWeight(0.35));
        String written = model.write();
        DatingModel read = DatingModel.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.eraWords().years()).isEqualTo(model.eraWords().years());
        assertThat(read.eraWords().weight()).isEqualTo(0.35);
        assertThat(read.eraWords().covered()).isEqualTo(model.eraWords().covered());
        assertThat(read.write()).isEqualTo(written);
    }
}
