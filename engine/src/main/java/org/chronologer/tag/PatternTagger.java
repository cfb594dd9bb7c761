package org.chronologer.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.text.TimeBudget;

/**
 * Finds the phrases the other taggers leave out but a chronology needs, with named patterns given to it (the
 * interpreter's {@code TemporalPatterns}, which also say how each is read): phrases that point back to an earlier
 * date of the text ("at that time", "the same month", "two days later") and the edges of calendar units ("before the
 * end of the year"). Its spans carry no value; each records the name of the pattern that found it.
 */
public final class PatternTagger implements TemporalTagger {

    public static final String NAME = "chronologer";

    /**
     * A named pattern that finds a phrase; a group named {@code span}, when the pattern has one, is the phrase and the
     * rest is context ("at" in "at that time").
     */
    public record Finder(String name, Pattern pattern) {
        public Finder {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    private final List<Finder> finders;

    /** A tagger with these patterns. */
    public PatternTagger(List<Finder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
        List<TaggedSpan> out = new ArrayList<>();
        for (Finder f : finders) {
            TimeBudget.check();
            Matcher m = f.pattern().matcher(text);
            boolean hasSpan = f.pattern().pattern().contains("(?<span>");
            while (m.find()) {
                int start = hasSpan ? m.start("span") : m.start();
                int end = hasSpan ? m.end("span") : m.end();
                out.add(new TaggedSpan(start, end, text.substring(start, end), TimexType.DATE, "", Optional.empty(), NAME, f.name()));
            }
        }
        out.sort(Comparator.comparingInt(TaggedSpan::start));
        return out;
    }
}
