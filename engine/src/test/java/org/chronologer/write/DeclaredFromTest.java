package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronologer.model.Chronology;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.read.html.WebPage;
import org.chronologer.read.html.WebPageReader;
import org.junit.jupiter.api.Test;

/** The date and chronology outputs say where a declared date came from, and the conflict within a page. */
class DeclaredFromTest {

    private static final ObjectMapper M = new ObjectMapper();
    private static final String STORY = "<p>The council voted on the new budget after a long debate, and the mayor said the city would"
            + " hire more teachers, open two libraries and repair the bridge over the river before the winter.</p>";

    private static DatedArticle dated(Article a) {
        LocalDate d = a.declared().orElseThrow();
        return new DatedArticle(a, new PublicationEstimate(d, d.minusDays(1), d.plusDays(1), 0.5, a.declared(), List.of(), List.of()),
                List.of(), List.of());
    }

    private static Article fromPage() {
        WebPage page = new WebPageReader().read("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
                + "\"datePublished\":\"2021-11-29T14:13:37+00:00\",\"dateModified\":\"2022-01-12T14:27:30+00:00\"}</script></head>"
                + "<body><article><h1>Budget</h1><div class=\"entry-date\">12.01.2022</div>" + STORY + "</article></body></html>");
        return new Article("budget", page.title(), page.text(), page.published().map(p -> p.day()), "budget.html", Optional.of(page));
    }

    @Test
    void aPagesDeclaredDateSaysItsSourceAndTheDayTheArticleContradicts() throws Exception {
        JsonNode p = M.readTree(DateWriter.jsonLine(dated(fromPage()))).get("published");
        assertThat(p.get("declared").asText()).isEqualTo("2022-01-12");
        assertThat(p.get("declaredFrom").asText()).isEqualTo("date-element");
        assertThat(p.get("declaredWhere").asText()).contains("entry-date");
        assertThat(p.get("pageConflict").get("day").asText()).isEqualTo("2021-11-29");
        assertThat(p.get("pageConflict").get("from").asText()).isEqualTo("json-ld");
        assertThat(DateWriter.text(dated(fromPage()))).contains("declared 2022-01-12 (date element)").contains("JSON-LD says 2021-11-29");
    }

    @Test
    void aDateTheInputDeclaredIsFromTheInput() throws Exception {
        Article a = Article.of("plain", "The council voted on Tuesday.").withDeclared(LocalDate.of(2024, 5, 16));
        JsonNode p = M.readTree(DateWriter.jsonLine(dated(a))).get("published");
        assertThat(p.get("declaredFrom").asText()).isEqualTo("input");
        assertThat(p.has("declaredWhere")).isFalse();
        assertThat(p.has("pageConflict")).isFalse();
        assertThat(M.readTree(DateWriter.jsonLine(dated(fromPage().withDeclared(LocalDate.of(2024, 5, 16))))).get("published")
                .get("declaredFrom").asText()).isEqualTo("input");
    }

    @Test
    void theChronologyOfAPageArticleIsValidAgainstThePublishedSchema() throws Exception {
        DatedArticle d = dated(fromPage());
        Chronology c = new Chronology(List.of(Chronology.Entry.of(d)), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), Map.of());
        JsonNode root = M.readTree(ChronologyWriter.json(c));
        assertThat(root.get("articles").get(0).get("published").get("declaredFrom").asText()).isEqualTo("date-element");
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ChronologyWriter.schema()).validate(root))
                .isEmpty();
    }
}
