package org.chronologer.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chronologer.ArticleDater;
import org.chronologer.SharedExtractor;
import org.chronologer.corpus.ArticleLinks;
import org.chronologer.corpus.CorpusWords;
import org.chronologer.corpus.SameHappening;
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

    @Test
    void linkedArticlesJoinOneEpisodeFromTheSameHappeningLinkOnly() {
        // the same corpus's texts with windows of twenty years: only the link and the threshold decide
        List<SameHappening.Clues> clues = CORPUS.stream().map(a -> new SameHappening.Clues(a.text(), List.of(), Set.of(), Set.of(),
                LocalDate.of(2001, 1, 1), LocalDate.of(2020, 12, 31))).toList();
        ArticleLinks links = SameHappening.links(clues);
        double floods = links.get(0, 2);
        assertThat(floods).isGreaterThanOrEqualTo(ArticleLinks.WEAKEST);
        List<EpisodeFinder.Member> members = CORPUS.stream()
                .map(a -> new EpisodeFinder.Member(a.id(), LocalDate.of(2010, 6, 1), LocalDate.of(2001, 1, 1), LocalDate.of(2020, 12, 31)))
                .toList();
        int[] from = EpisodeFinder.components(members, links, floods);
        assertThat(from[0]).isEqualTo(from[2]);
        int[] above = EpisodeFinder.components(members, links, Math.nextUp(floods));
        assertThat(above[0]).isNotEqualTo(above[2]);
        // windows more than three weeks apart keep even the strongest link out
        List<EpisodeFinder.Member> apart = List.of(new EpisodeFinder.Member("flood-1", LocalDate.of(2021, 3, 1)),
                members.get(1), new EpisodeFinder.Member("flood-2", LocalDate.of(2021, 3, 23)), members.get(3), members.get(4));
        int[] far = EpisodeFinder.components(apart, links, ArticleLinks.WEAKEST);
        assertThat(far[0]).isNotEqualTo(far[2]);
    }

    @Test
    void anEpisodeRunsOverItsArticlesBestDaysLeavingOutGuesses() {
        List<SameHappening.Clues> clues = CORPUS.stream().map(a -> new SameHappening.Clues(a.text(), List.of(), Set.of(), Set.of(),
                LocalDate.of(2001, 1, 1), LocalDate.of(2030, 12, 31))).toList();
        ArticleLinks links = SameHappening.links(clues);
        double floods = Math.min(links.get(0, 2), Math.min(links.get(0, 4), links.get(2, 4)));
        CorpusWords words = CorpusWords.of(CORPUS.stream().map(Article::text).toList());
        LocalDate from = LocalDate.of(2001, 1, 1);
        LocalDate to = LocalDate.of(2030, 12, 31);
        // flood-3's best day is a guess ten years off: the flood episode still runs over the other two days
        List<EpisodeFinder.Member> members = List.of(new EpisodeFinder.Member("flood-1", LocalDate.of(2021, 3, 1), from, to, false),
                new EpisodeFinder.Member("vote-1", LocalDate.of(2022, 10, 9)),
                new EpisodeFinder.Member("flood-2", LocalDate.of(2021, 3, 2), from, to, false),
                new EpisodeFinder.Member("vote-2", LocalDate.of(2022, 10, 10)),
                new EpisodeFinder.Member("flood-3", LocalDate.of(2011, 3, 3), from, to, true));
        List<Episode> episodes = EpisodeFinder.find(members, words, links, floods);
        Episode flood = episodes.stream().filter(e -> e.articles().contains("flood-3")).findFirst().orElseThrow();
        assertThat(flood.articles()).containsExactlyInAnyOrder("flood-1", "flood-2", "flood-3");
        assertThat(flood.start()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(flood.end()).isEqualTo(LocalDate.of(2021, 3, 2));
        // an episode of guesses only runs over its guesses
        List<EpisodeFinder.Member> guesses = members.stream()
                .map(m -> new EpisodeFinder.Member(m.id(), m.published(), m.earliest(), m.latest(), true)).toList();
        Episode allGuessed = EpisodeFinder.find(guesses, words, links, floods).stream()
                .filter(e -> e.articles().contains("flood-3")).findFirst().orElseThrow();
        assertThat(allGuessed.start()).isEqualTo(LocalDate.of(2011, 3, 3));
        assertThat(allGuessed.end()).isEqualTo(LocalDate.of(2021, 3, 2));
    }
}
