package org.chronologer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.chronologer.read.Article;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.chronologer.tag.TriggerDensity;
import org.junit.jupiter.api.Test;

/** Text far denser in temporal words than news is not given to the taggers, and the article is warned about. */
class DenseTextTest {

    /** A tagger that keeps the texts it is given. */
    private static final class Recording implements TemporalTagger {
        final List<String> given = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
            given.add(text);
            return List.of();
        }
    }

    private static String prose(int words, SplittableRandom r) {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            for (int k = 5 + r.nextInt(4); k > 0; k--) {
                sb.append(letters.charAt(r.nextInt(letters.length())));
            }
            sb.append(i % 20 == 19 ? ". " : " ");
        }
        return sb.toString();
    }

    @Test
    void aDenseTextIsWarnedAboutWithItsOffsetsAndItsDensePartIsNotTagged() {
        SplittableRandom r = new SplittableRandom(1);
        StringBuilder dense = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            dense.append(1 + r.nextInt(12)).append(r.nextBoolean() ? " pm " : ":").append(10 + r.nextInt(50)).append(' ');
        }
        String intro = prose(400, r);
        String text = intro + dense.toString().trim();
        Recording tagger = new Recording();
        Extraction x = new MentionExtractor(List.of(tagger)).extract(Article.of("d1", text), Optional.empty());
        assertThat(x.problems()).hasSize(1);
        assertThat(x.problems().get(0)).contains("article 'd1'").contains("characters " + String.format("%,d", intro.length()))
                .contains("over the limit of " + TriggerDensity.LIMIT);
        String given = tagger.given.get(0);
        assertThat(given).hasSameSizeAs(text).startsWith(intro);
        assertThat(given.substring(intro.length())).doesNotContainPattern("\\p{N}");
    }

    @Test
    void aNormalTextIsGivenWholeAndGetsNoWarning() {
        SplittableRandom r = new SplittableRandom(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(prose(12, r)).append("on ").append(1 + r.nextInt(28)).append(" May ").append(2000 + r.nextInt(20)).append(". ");
        }
        String text = sb.toString();
        Recording tagger = new Recording();
        Extraction x = new MentionExtractor(List.of(tagger)).extract(Article.of("n1", text), Optional.empty());
        assertThat(x.problems()).isEmpty();
        assertThat(tagger.given).containsExactly(text);
    }
}
