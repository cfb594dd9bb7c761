package org.chronologer.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronologer.ChronologyBuilder;
import org.chronologer.SharedExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;

/** The chronology of the fixture corpus, built once for the writers' tests, with the articles it was built from. */
final class FixtureChronology {

    static final Path FIXTURES = Path.of("..", "fixtures", "putin-beijing");
    private static List<Article> articles;
    private static Chronology chronology;

    private FixtureChronology() {
    }

    static synchronized Chronology get() {
        if (chronology == null) {
            List<InputProblem> problems = new ArrayList<>();
            articles = new ArticleReader().readAll(List.of(FIXTURES.toString()), problems);
            chronology = new ChronologyBuilder(SharedExtractor.get(), KnowledgeBase.defaults()).build(articles, problems);
        }
        return chronology;
    }

    static synchronized List<Article> articles() {
        get();
        return articles;
    }
}
