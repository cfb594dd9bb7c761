package org.chronologer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronologer.eval.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;

/** The links found from inverted indexes are exactly those that scoring every pair would keep. */
class SparseLinksTest {

    @Test
    void theSparseLinksOfARandomCorpusEqualTheAllPairsLinksAtLeastTheWeakestKept() {
        for (long seed : new long[] {1, 2, 3}) {
            List<SameHappening.Clues> clues = SyntheticCorpus.articles(400, seed).stream().map(SyntheticCorpus.Article::clues).toList();
            ArticleLinks sparse = SameHappening.links(clues);
            SameHappening.Scoring allPairs = SameHappening.Scoring.of(clues);
            int kept = 0;
            for (int i = 0; i < clues.size(); i++) {
                for (int j = i + 1; j < clues.size(); j++) {
                    double link = allPairs.between(i, j);
                    double expected = link >= ArticleLinks.WEAKEST ? link : 0;
                    kept += expected > 0 ? 1 : 0;
                    assertThat(sparse.get(i, j)).as("seed %d, articles %d and %d", seed, i, j).isEqualTo(expected);
                    assertThat(sparse.get(j, i)).isEqualTo(expected);
                }
            }
            assertThat(kept).as("links to find").isGreaterThan(300);
            assertThat(sparse.pairs()).isEqualTo(kept);
        }
    }

    @Test
    void anArticlesLinksAreListedByTheOtherArticleAndReadBackTheSame() {
        List<SameHappening.Clues> clues = SyntheticCorpus.articles(200, 9).stream().map(SyntheticCorpus.Article::clues).toList();
        ArticleLinks links = SameHappening.links(clues);
        for (int i = 0; i < links.size(); i++) {
            List<ArticleLinks.Link> of = links.of(i);
            assertThat(of).extracting(ArticleLinks.Link::other).isSorted().doesNotContain(i);
            for (ArticleLinks.Link l : of) {
                assertThat(l.strength()).isBetween(ArticleLinks.WEAKEST, 1.0).isEqualTo(links.get(i, l.other()));
                assertThat(links.of(l.other())).contains(new ArticleLinks.Link(i, l.strength()));
            }
        }
    }
}
