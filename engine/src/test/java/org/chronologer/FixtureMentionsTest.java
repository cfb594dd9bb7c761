package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real HeidelTime and Natty on the fixture articles, checked against the fixture's gold file. */
class FixtureMentionsTest {

    static final Path FIXTURE = Path.of("..", "fixtures", "putin-beijing");

    static Stream<Arguments> goldMentions() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(FIXTURE.resolveSibling("putin-beijing.gold.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode m : gold.get("mentions")) {
            out.add(Arguments.of(m.get("file").asText(), LocalDate.parse(m.get("published").asText()), m.get("text").asText(),
                    m.get("value").asText(), m.has("mod") ? m.get("mod").asText() : null));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} [{1}] {2} -> {3}")
    @MethodSource("goldMentions")
    void fixtureExpressionsResolveToTheirGoldValues(String file, LocalDate published, String text, String value, String mod)
            throws Exception {
        String article = Files.readString(FIXTURE.resolve(file));
        List<Mention> mentions = SharedExtractor.get().extract(article, Optional.of(published)).mentions();
        assertThat(mentions).filteredOn(m -> m.text().equals(text))
                .as("mentions '%s' in %s", text, file)
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.resolution().value()).as("%s at %d", m.symbolic().describe(), m.start()).contains(value);
                    if (mod != null) {
                        assertThat(m.resolution().mod()).contains(mod);
                    }
                });
    }

    @Test
    void everySpanPointsIntoTheTextAsGivenAndUndatedArticlesKeepRelativeMentionsUnresolved() throws Exception {
        String article = Files.readString(FIXTURE.resolve("001_1bda00b5ae37ebb1.txt"));
        MentionExtractor.Result result = SharedExtractor.get().extract(article, Optional.empty());
        assertThat(result.problems()).isEmpty();
        assertThat(result.mentions()).hasSizeGreaterThan(15).allSatisfy(m ->
                assertThat(article.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(result.mentions()).filteredOn(m -> m.text().equals("Wednesday")).singleElement()
                .satisfies(m -> assertThat(m.resolution().unresolved()).isPresent());
        assertThat(result.mentions()).filteredOn(m -> m.text().equals("February 2022")).singleElement()
                .satisfies(m -> assertThat(m.resolution().value()).contains("2022-02"));
        assertThat(result.mentions()).filteredOn(m -> m.text().equals("five years later")).singleElement()
                .satisfies(m -> assertThat(m.resolution().value()).contains("2018"));
    }

    @Test
    void heidelTimeAndOurPatternsBothContributeAndAreRecorded() throws Exception {
        String article = Files.readString(FIXTURE.resolve("001_1bda00b5ae37ebb1.txt"));
        List<Mention> mentions = SharedExtractor.get().extract(article, Optional.of(LocalDate.of(2023, 10, 17))).mentions();
        assertThat(mentions).extracting(Mention::tagger).contains("heideltime", "chronologer", "chronologer+heideltime");
    }
}
