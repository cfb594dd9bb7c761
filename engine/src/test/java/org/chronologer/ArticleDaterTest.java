package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.ArticleDates;
import org.chronologer.SharedExtractor;
import org.chronologer.date.DateSolver;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.knowledge.KnownEvent;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.junit.jupiter.api.Test;

class ArticleDaterTest {

    static final Path FIXTURE = Path.of("..", "fixtures", "putin-beijing");

    /**
     * Every fixture article must be dated inside its gold window. The May 2024 one gets there from two clues that
     * together leave a few days: its visit is Putin's first trip since his new term began (2024-05-07), and it tells
     * of Russia's ongoing advances in Kharkiv, where the knowledge base knows an offensive began on 2024-05-10.
     */
    @Test
    void everyFixtureArticleIsDatedInsideItsGoldWindowWithNoDateGivenAnywhere() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(FIXTURE.resolveSibling("putin-beijing.gold.json").toFile());
        List<Article> articles = new ArrayList<>();
        for (JsonNode a : gold.get("articles")) {
            String file = a.get("file").asText();
            articles.add(Article.of(file, Files.readString(FIXTURE.resolve(file))));
        }
        List<DatedArticle> dated = new ArticleDater(SharedExtractor.get(), KnowledgeBase.defaults()).dateCorpus(articles).articles();
        for (int i = 0; i < dated.size(); i++) {
            JsonNode g = gold.get("articles").get(i);
            PublicationEstimate p = dated.get(i).published();
            LocalDate earliest = LocalDate.parse(g.get("earliest").asText());
            LocalDate latest = LocalDate.parse(g.get("latest").asText());
            assertThat(p.best()).as("best day of %s (%s)", g.get("file").asText(), p).isBetween(earliest, latest);
            assertThat(p.contains(p.best())).isTrue();
            assertThat(p.evidence()).isNotEmpty();
        }
    }

    @Test
    void anArticleWithWeakCluesInheritsTheDateOfAnArticleThatTellsTheSameEvent() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(new KnownEvent("treaty-of-rome", "Treaty of Rome", List.of(), "treaty",
                List.of("1957-03-25"), Optional.empty(), Optional.empty(), Optional.empty(), "Treaty of Rome")));
        Article strong = Article.of("strong", "European leaders gathered in Rome on Saturday to mark the 60th anniversary of the "
                + "Treaty of Rome. The leaders signed a declaration on the future of the union in the city hall on Saturday.");
        Article weak = Article.of("weak", "The leaders signed a declaration on the future of the union in the Rome city hall "
                + "on Saturday, officials said.");
        ArticleDater inference = new ArticleDater(SharedExtractor.get(), kb);
        PublicationEstimate alone = inference.dateAlone(weak).published();
        assertThat(alone.widthDays()).isGreaterThan(10_000);
        List<DatedArticle> together = inference.dateCorpus(List.of(strong, weak)).articles();
        PublicationEstimate shared = together.get(1).published();
        assertThat(shared.best().getYear()).isEqualTo(2017);
        assertThat(shared.evidence()).anySatisfy(e -> assertThat(e.label()).startsWith("corpus:"));
    }

    @Test
    void theCorpusPeriodChoosesAMonthButLeavesTheDayWithinItToTheArticlesOwnEvidence() {
        Article earlier = Article.of("earlier", "The ministers met in Paris on Thursday, 5 June 2014, and signed the accord.");
        Article later = Article.of("later", "The ministers met in Oslo on Tuesday, 12 May, and agreed on the plan they had drafted in 2015, officials said.");
        ArticleDater inference = new ArticleDater(SharedExtractor.get(), KnowledgeBase.of(List.of()));
        PublicationEstimate alone = inference.dateAlone(later).published();
        PublicationEstimate inCorpus = inference.dateCorpus(List.of(earlier, later)).articles().get(1).published();
        assertThat(inCorpus.evidence()).anySatisfy(e -> assertThat(e.label()).isEqualTo("corpus-period"));
        assertThat(alone.best().withDayOfMonth(1)).isEqualTo(inCorpus.best().withDayOfMonth(1));
        assertThat(inCorpus.best()).as("%s alone, %s in the corpus", alone, inCorpus).isEqualTo(alone.best());
    }

    @Test
    void aDeclaredDateIsEvidenceAndIsReportedWhenTheTextContradictsIt() {
        Article a = Article.of("d", "The new stadium will open in 2030 and the metro line will follow in 2029, the mayor said "
                + "on Monday. The old arena was demolished in 2021.").withDeclared(LocalDate.of(2035, 6, 1));
        PublicationEstimate p = new ArticleDater(SharedExtractor.get(), KnowledgeBase.of(List.of())).dateAlone(a).published();
        assertThat(p.declared()).contains(LocalDate.of(2035, 6, 1));
        assertThat(p.contains(LocalDate.of(2035, 6, 1))).isFalse();
        assertThat(p.conflicts()).anySatisfy(e -> assertThat(e.label()).isEqualTo("declared"));
    }

    @Test
    void theMentionsOfAnUndatedArticleAreResolvedAgainstTheInferredDay() {
        Article a = Article.of("m", "Leaders marked the 60th anniversary of the Treaty of Rome on Saturday. Talks follow on Monday.");
        KnowledgeBase kb = KnowledgeBase.of(List.of(new KnownEvent("treaty-of-rome", "Treaty of Rome", List.of(), "treaty",
                List.of("1957-03-25"), Optional.empty(), Optional.empty(), Optional.empty(), "Treaty of Rome")));
        DatedArticle d = new ArticleDater(SharedExtractor.get(), kb).dateAlone(a);
        assertThat(d.mentions()).filteredOn(m -> m.text().equals("Saturday")).singleElement()
                .satisfies(m -> assertThat(m.resolution().value()).hasValueSatisfying(v -> assertThat(v).startsWith("2017-")));
    }

    @Test
    void theAssertionApiPassesWhenTheTextAgreesAndFailsWithTheEvidenceWhenItDoesNot() throws Exception {
        String text = Files.readString(FIXTURE.resolve("003_c291ff9d26b115a1.txt"));
        ArticleDates dates = ArticleDates.of(text);
        dates.assertPublishedOn(LocalDate.of(2023, 10, 17)).assertPublishedWithin(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 31));
        assertThatThrownBy(() -> dates.assertPublishedOn(LocalDate.of(2024, 5, 16)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected publication on 2024-05-16")
                .hasMessageContaining("Belt and Road Forum");
    }

    @Test
    void aDatelineDatesTheArticleWithHighConfidence() {
        Article a = Article.of("w", "October 13, 2005\n\nApple introduced an iPod that plays video on Wednesday, its chief said.");
        PublicationEstimate p = new ArticleDater(SharedExtractor.get(), KnowledgeBase.of(List.of())).dateAlone(a).published();
        assertThat(p.best()).isEqualTo(LocalDate.of(2005, 10, 13));
        assertThat(p.confidence()).isGreaterThanOrEqualTo(0.95);
        assertThat(p.evidence()).first().satisfies(e -> assertThat(e.label()).isEqualTo("dateline"));
    }
}
