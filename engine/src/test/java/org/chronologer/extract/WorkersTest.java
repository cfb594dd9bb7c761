package org.chronologer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TemporalTagger;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void resultsArriveInInputOrderWhateverTheThreadCount() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        try (Workers w = Workers.of(3, () -> new MentionExtractor(List.of(MentionExtractor.ownPatterns())))) {
            List<Integer> out = new ArrayList<>();
            // later items finish first: an unordered pool would deliver them out of order
            w.<Integer, Integer>forEachOrdered(sink -> items.forEach(sink), i -> {
                sleep((200 - i) % 7);
                return i * 2;
            }, out::add);
            assertThat(out).containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
        }
    }

    @Test
    void noTwoThreadsShareAnExtractorAndNoMoreAreBuiltThanThreads() {
        Set<MentionExtractor> seen = ConcurrentHashMap.newKeySet();
        Set<MentionExtractor> busy = ConcurrentHashMap.newKeySet();
        try (Workers w = Workers.of(2, () -> new MentionExtractor(List.of(MentionExtractor.ownPatterns())))) {
            List<Boolean> clean = w.map(IntStream.range(0, 40).boxed().toList(), i -> w.withExtractor(e -> {
                seen.add(e);
                boolean alone = busy.add(e);
                sleep(2);
                busy.remove(e);
                return alone;
            }));
            assertThat(clean).containsOnly(true);
            assertThat(seen).hasSizeBetween(1, 2);
        }
    }

    @Test
    void aFailureInAWorkerReachesTheCaller() {
        try (Workers w = Workers.of(2, () -> new MentionExtractor(List.of(MentionExtractor.ownPatterns())))) {
            assertThatThrownBy(() -> w.<Integer, Integer>map(List.of(1, 2, 3), i -> {
                if (i == 2) {
                    throw new IllegalStateException("broken item " + i);
                }
                return i;
            })).hasMessageContaining("broken item 2");
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anExtractorWhoseTaggerFailedInItsOwnCodeIsReplacedBeforeItIsLentAgain() {
        TemporalTagger breaksOnBoom = new TemporalTagger() {
            @Override
            public String name() {
                return "fragile";
            }

            @Override
            public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
                if (text.contains("boom")) {
                    throw new IllegalStateException("left in a bad state");
                }
                return List.of();
            }
        };
        List<MentionExtractor> built = new ArrayList<>();
        try (Workers w = Workers.of(2, () -> {
            MentionExtractor e = new MentionExtractor(List.of(breaksOnBoom));
            synchronized (built) {
                built.add(e);
            }
            return e;
        })) {
            List<String> texts = List.of("calm", "boom", "calm", "calm", "boom", "calm", "calm", "calm");
            List<MentionExtractor.Result> results = w.map(texts, t -> w.withExtractor(e -> e.extract(t, Optional.empty())));
            assertThat(results.get(1).problems()).singleElement().satisfies(p -> assertThat(p).contains("fragile failed"));
            assertThat(w.replaced()).isEqualTo(2);
            // the two that failed (how many others were built depends on which thread took what: under load the
            // texts after the last failure may all have been lent before it, so none need be built after it)
            assertThat(built).filteredOn(MentionExtractor::damaged).hasSize(2);
            // every text after a failure was tagged by an extractor that had not failed
            List<Boolean> fresh = w.map(texts, t -> w.withExtractor(e -> !e.damaged()));
            assertThat(fresh).containsOnly(true);
        }
    }
}
