package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chronologer.date.Dating;
import org.chronologer.date.Reading;
import org.chronologer.date.DatingModel;
import org.chronologer.date.rule.ArticleFacts;
import org.chronologer.date.rule.EvidenceRule;
import org.chronologer.date.rule.EvidenceRules;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.DatedArticle;
import org.chronologer.model.Evidence;
import org.chronologer.model.RuleId;
import org.chronologer.read.Article;
import org.chronologer.read.ArticleReader;
import org.chronologer.read.InputProblem;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.chronologer.text.TimeBudget;
import org.chronologer.write.DateWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One bad article never costs the others: a failure in any stage of one article of ten (or its time running out)
 * leaves that article out, reported once with its source, id, stage and reason, and the other nine come out exactly
 * as they do without it.
 */
class ArticleFailureTest {

    /** Where the bad article fails. */
    enum Stage {
        READING, EXTRACTING, DATING_EVIDENCE, RESOLVING, TIME_BUDGET
    }

    /** Words a bad article carries so that the stage under test fails on it. */
    private static final String FAIL_EXTRACTING = "Xtractfail";
    private static final String FAIL_DATING = "Datefail";
    private static final String FAIL_RESOLVING = "Resolvefail";
    private static final String SLOW = "Slowpoke";
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.defaults();

    /** A tagger that fails (or stalls) on the articles that ask for it, and finds nothing anywhere. */
    private static final TemporalTagger SABOTEUR = new TemporalTagger() {
        @Override
        public String name() {
            return "saboteur";
        }

        @Override
        public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
            if (text.contains(FAIL_EXTRACTING)) {
                throw new NoClassDefFoundError("injected: a class the tagger needs is missing");
            }
            if (text.contains(FAIL_RESOLVING) && published.isPresent()) {
                throw new ExceptionInInitializerError("injected: failed while resolving");
            }
            if (text.contains(SLOW)) {
                for (int i = 0; i < 10_000; i++) {
                    TimeBudget.check();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return List.of();
                    }
                }
            }
            return List.of();
        }
    };

    /** A dating rule that fails on the articles that ask for it, and finds nothing anywhere. */
    private static final EvidenceRule BROKEN_RULE = new EvidenceRule() {
        @Override
        public RuleId id() {
            return RuleId.of("broken-for-tests");
        }

        @Override
        public List<Evidence> collect(ArticleFacts facts) {
            if (facts.article().text().contains(FAIL_DATING)) {
                throw new IllegalStateException("injected: the rule cannot read this article");
            }
            // an article whose resolution fails must have a mention that needs the tagger again
            return List.of();
        }
    };

    private static ArticleDater dater() {
        MentionExtractor extractor = new MentionExtractor(List.of(SABOTEUR, MentionExtractor.ownPatterns(), resolvingTrigger()));
        return new ArticleDater(org.chronologer.extract.Workers.single(extractor),
                new Dating(KNOWLEDGE, EvidenceRules.defaults().with(BROKEN_RULE), DatingModel.defaults())).withArticleTimeout(Duration.ofSeconds(2));
    }

    /**
     * A tagger that marks, in the articles that fail while resolving, a word whose value depends on the publication
     * date, so that the dater tags them again once dated (the resolving stage).
     */
    private static TemporalTagger resolvingTrigger() {
        return new TemporalTagger() {
            @Override
            public String name() {
                return "trigger";
            }

            @Override
            public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
                int at = text.indexOf(FAIL_RESOLVING);
                if (at < 0 || published.isPresent()) {
                    return List.of();
                }
                return List.of(new TaggedSpan(at, at + FAIL_RESOLVING.length(), FAIL_RESOLVING, org.chronologer.tag.TimexType.DATE,
                        "XXXX-XX-XX", Optional.empty(), "trigger", "trigger-relative"));
            }
        };
    }

    private static final String[] SENTENCES = {
        "The council met on Monday and voted on the harbour plan.",
        "Talks between the two governments resumed in Geneva in March 2019.",
        "Five years later, the bridge was opened to traffic.",
        "The minister said the budget would be published at the end of the year.",
        "At that time, nobody expected the strike to last.",
        "President Obama said the agreement was a step forward.",
        "Officials said the storm had closed schools across the county.",
        "Shares rose three days ago after the company reported higher profits.",
    };

    /** Ten articles of generated sentences, with ids a0..a9. */
    private static List<String> goodTexts(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 3 + r.nextInt(4); k++) {
                sb.append(SENTENCES[r.nextInt(SENTENCES.length)]).append(' ');
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    private static String line(String id, String text) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}";
    }

    /** Reads the JSON lines and dates them together; the outputs in input order, and every problem met. */
    private static Result run(byte[] jsonl) {
        List<InputProblem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader(new ByteArrayInputStream(jsonl), 4096).readAll(List.of("-"), problems);
        ArticleDater.DatedCorpus dated = dater().dateCorpus(articles);
        problems.addAll(dated.failures());
        return new Result(dated.articles().stream().map(DateWriter::jsonLine).toList(), problems);
    }

    private record Result(List<String> outputs, List<InputProblem> problems) {
    }

    private static byte[] jsonl(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void aFailureInAnyStageOfOneArticleOfTenLeavesTheOtherNineAsTheyAreWithoutIt(Stage stage) {
        List<String> texts = goodTexts(7);
        List<byte[]> withBad = new ArrayList<>();
        List<byte[]> without = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            byte[] good = utf8(line("a" + i, texts.get(i)));
            if (i != 4) {
                withBad.add(good);
                without.add(good);
                continue;
            }
            withBad.add(switch (stage) {
                case READING -> {
                    // an invalid UTF-8 byte in the middle of the line
                    byte[] b = utf8(line("a4", texts.get(i) + " caf? au lait"));
                    int q = new String(b, StandardCharsets.ISO_8859_1).indexOf('?');
                    b[q] = (byte) 0xE9;
                    yield b;
                }
                case EXTRACTING -> utf8(line("a4", texts.get(i) + " " + FAIL_EXTRACTING + " said."));
                case DATING_EVIDENCE -> utf8(line("a4", texts.get(i) + " " + FAIL_DATING + " said."));
                case RESOLVING -> utf8(line("a4", texts.get(i) + " " + FAIL_RESOLVING + " said."));
                case TIME_BUDGET -> utf8(line("a4", texts.get(i) + " " + SLOW + " said."));
            });
        }
        Result bad = run(jsonl(withBad));
        Result good = run(jsonl(without));
        assertThat(good.problems()).isEmpty();
        assertThat(bad.outputs()).hasSize(9).containsExactlyElementsOf(good.outputs());
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(InputProblem.Kind.ERROR);
            assertThat(p.source()).isEqualTo("-:5");
            String expected = switch (stage) {
                case READING -> "not valid UTF-8";
                case EXTRACTING -> "article 'a4' failed (NoClassDefFoundError: injected";
                case DATING_EVIDENCE -> "article 'a4' failed (IllegalStateException: injected";
                case RESOLVING -> "article 'a4' failed (ExceptionInInitializerError: injected";
                case TIME_BUDGET -> "article 'a4' took longer than its time budget of 2 s";
            };
            assertThat(p.message()).contains(expected);
            if (stage != Stage.READING) {
                assertThat(p.message()).contains(" while ").endsWith("left out");
            }
        });
    }

    /**
     * The time budget is the article's, not each stage's: an article whose first tagging (with no publication date)
     * takes 40% of its budget and second (once dated) 70% fails while its mentions are resolved, where each stage alone
     * would have been within it. The shares leave each stage's other work 60% and 30% of a 4 s budget, so that a slow
     * or busy machine (CI found a reading over 2 s where its tagging took 1.2 s) does not fail it.
     */
    @org.junit.jupiter.api.Test
    void theTimeBudgetSpansAnArticlesStagesRatherThanStartingAfreshInEach() {
        Duration budget = Duration.ofSeconds(4);
        long first = budget.toNanos() * 4 / 10;
        long second = budget.toNanos() * 7 / 10;
        TemporalTagger slowBothTimes = new TemporalTagger() {
            @Override
            public String name() {
                return "slow-both-times";
            }

            @Override
            public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
                int at = text.indexOf("Zorbday");
                if (at < 0) {
                    return List.of();
                }
                long until = System.nanoTime() + (published.isPresent() ? second : first);
                while (System.nanoTime() - until < 0) {
                    TimeBudget.check();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return List.of();
                    }
                }
                // with no publication date, a word whose value needs one (and none of our patterns reads): the article
                // is tagged again once dated
                return published.isPresent() ? List.of() : List.of(new TaggedSpan(at, at + 7, "Zorbday",
                        org.chronologer.tag.TimexType.DATE, "XXXX-XX-XX", Optional.empty(), "slow", "slow-relative"));
            }
        };
        ArticleDater dater = new ArticleDater(org.chronologer.extract.Workers.single(new MentionExtractor(List.of(slowBothTimes))),
                new Dating(KNOWLEDGE)).withArticleTimeout(budget);
        // a first article, quick to tag, loads what the stages load once, so that only the tagging spends the budget
        Article quick = new Article("quick", Optional.empty(), "The council met and voted on the harbour plan.",
                Optional.empty(), "quick.txt");
        Reading warm = dater.reading(quick);
        dater.dated(warm, warm.evidence());
        Article article = new Article("slow", Optional.empty(), "The council met on Zorbday and voted on the harbour plan.",
                Optional.empty(), "slow.txt");
        Reading reading = dater.reading(article);
        assertThat(reading.spent()).isGreaterThanOrEqualTo(Duration.ofNanos(first)).isLessThan(budget);
        assertThat(reading.mentions()).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dater.dated(reading, reading.evidence()))
                .isInstanceOf(ArticleDater.ArticleFailed.class)
                .hasMessageContaining("while resolving its mentions").hasMessageContaining("time budget of 4 s");
        // the same second pass with the budget whole again gets through
        assertThat(dater.dated(reading.withSpent(Duration.ZERO), reading.evidence()).article().id()).isEqualTo("slow");
    }

    /** A corpus: good article texts and bad lines, each bad one at a position among the good. */
    record Corpus(List<String> good, List<Integer> badKinds, List<Integer> badAt) {
    }

    @Provide
    Arbitrary<Corpus> corpora() {
        Arbitrary<List<String>> good = Arbitraries.integers().between(0, SENTENCES.length - 1).list().ofMinSize(2).ofMaxSize(5)
                .map(idx -> String.join(" ", idx.stream().map(i -> SENTENCES[i]).toList())).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 7).list().ofMaxSize(4);
        return Combinators.combine(good, kinds).flatAs((g, k) -> Arbitraries.integers().between(0, g.size()).list().ofSize(k.size())
                .map(at -> new Corpus(g, k, at)));
    }

    @Property(tries = 12)
    void goodArticlesComeOutAsWithoutTheBadOnesAndEveryBadOneIsReportedOnce(@ForAll("corpora") Corpus corpus) {
        List<Function<Integer, byte[]>> badLines = List.of(
                n -> utf8("{\"id\": \"bad" + n + "\", \"text\": "), // malformed JSON
                n -> utf8("{\"id\": \"bad" + n + "\"}"), // no text
                n -> { // invalid UTF-8
                    byte[] b = utf8(line("bad" + n, "The fair opened on Monday in ?? town."));
                    b[b.length - 10] = (byte) 0xC3;
                    b[b.length - 9] = (byte) 0x28;
                    return b;
                },
                n -> utf8(line("bad" + n, "x".repeat(5000))), // over the limit of 4 KB
                n -> utf8(line("bad" + n, "The fair opened. " + FAIL_EXTRACTING)),
                n -> utf8(line("bad" + n, "The fair opened. " + FAIL_DATING)),
                n -> utf8(line("bad" + n, "The fair opened. " + FAIL_RESOLVING)),
                n -> utf8("{\"id\": \"bad" + n + "\", \"text\": \"The fair opened.\", \"published\": \"2024-01-01garbage\"}"));
        List<byte[]> withBad = new ArrayList<>();
        List<byte[]> without = new ArrayList<>();
        List<Integer> badLineNumbers = new ArrayList<>();
        for (int i = 0; i <= corpus.good().size(); i++) {
            for (int b = 0; b < corpus.badKinds().size(); b++) {
                if (corpus.badAt().get(b) == i) {
                    withBad.add(badLines.get(corpus.badKinds().get(b)).apply(b));
                    badLineNumbers.add(withBad.size());
                }
            }
            if (i < corpus.good().size()) {
                byte[] good = utf8(line("g" + i, corpus.good().get(i)));
                withBad.add(good);
                without.add(good);
            }
        }
        Result bad = run(jsonl(withBad));
        Result good = run(jsonl(without));
        assertThat(bad.outputs()).containsExactlyElementsOf(good.outputs());
        assertThat(bad.problems()).hasSameSizeAs(badLineNumbers)
                .allSatisfy(p -> assertThat(p.kind()).isEqualTo(InputProblem.Kind.ERROR));
        assertThat(bad.problems()).extracting(InputProblem::source)
                .containsExactlyInAnyOrderElementsOf(badLineNumbers.stream().map(n -> "-:" + n).toList());
    }
}
