package org.chronologer.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronologer.ArticleDater;
import org.chronologer.SharedExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Episode;
import org.chronologer.read.Article;
import org.junit.jupiter.api.Test;

/** Episode clustering on small corpora written for the test: two happenings, mixed. */
class EpisodeFinderTest {

    private static final List<Article> CORPUS = List.of(
            Article.of("flood-1", "Floodwater swept through the town of Lowmoor on Monday, March 1, 2021, after the river Tane "
                    + "burst its banks. Rescue teams evacuated 300 residents from Lowmoor on Monday night, the county council said."),
            Article.of("vote-1", "Voters in Castra elected Maria Okafor as mayor on Sunday, October 9, 2022, ending twelve years of "
                    + "rule by the Civic League. Okafor won 54 percent of the vote in Castra, officials said on Monday."),
            Article.of("flood-2", "Rescue teams evacuated hundreds of residents from Lowmoor on Monday night as the river Tane burst "
                    + "its banks. The county council said the floodwater in Lowmoor was the worst since 1998."),
            Article.of("vote-2", "Maria Okafor, elected mayor of Castra on Sunday, promised to cut bus fares. Okafor won 54 percent "
                    + "of the vote, ending the Civic League's twelve years in Castra city hall, officials said on Monday."),
            Article.of("flood-3", "Residents of Lowmoor began cleaning their homes on Wednesday, two days after the river Tane burst "
                    + "its banks and floodwater swept through the town."));

    @Test
    void theNumberOfEpisodesIsFoundAndEachGetsItsArticlesWindowAndLabel() {
        ArticleDater.DatedCorpus corpus = new ArticleDater(SharedExtractor.get(), KnowledgeBase.of(List.of()))
                .dateCorpus(CORPUS);
        List<Episode> episodes = EpisodeFinder.find(corpus.articles(), corpus.links());
        assertThat(episodes).hasSize(2);
        Episode flood = episodes.get(0);
        Episode vote = episodes.get(1);
        assertThat(flood.articles()).containsExactlyInAnyOrder("flood-1", "flood-2", "flood-3");
        assertThat(vote.articles()).containsExactlyInAnyOrder("vote-1", "vote-2");
        assertThat(flood.start().getYear()).isEqualTo(2021);
        assertThat(vote.start().getYear()).isEqualTo(2022);
        assertThat(flood.label()).contains("lowmoor");
        assertThat(vote.label()).containsAnyOf("castra", "okafor");
        assertThat(flood.id()).isEqualTo("E1");
    }
}
