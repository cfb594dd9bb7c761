package org.chronologer.interpret;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.chronologer.interpret.SymbolicValue.Absolute;
import org.chronologer.interpret.SymbolicValue.PublicationRelative;
import org.chronologer.interpret.SymbolicValue.Unresolvable;
import org.chronologer.tag.TaggedSpan;
import org.chronologer.tag.TimexType;

/**
 * Turns a tagged span into a {@link SymbolicValue}: what it means whatever the publication date.
 *
 * <p>Our own reading of the words comes first (weekdays, month names, "this/last/next" units, "ago",
 * anchored phrases such as "five years later"), with the tense of the governing clause choosing between past
 * and future occurrences. Where the words are not understood, the tagger's value is used: as an absolute
 * value when it is fully specified and the tagger found it explicitly in the text, as a value valid for the
 * known publication date only otherwise, and as unresolvable when it depends on an unknown date.
 */
public final class Interpreter {

    private static final String UNKNOWN_DATE = ", which is unknown";
    /** A tagger's span with no value: given the publication date, it may give one (Natty reads dates relative to it). */
    private static final String NO_VALUE = "the tagger gave no value";

    private Interpreter() {
    }

    /**
     * The symbolic value of {@code span}.
     *
     * @param span      a tagged span of {@code text}
     * @param text      the normalised text the span points into
     * @param taggedFor the publication date the tagger was given, if any (its value is valid for that date only)
     */
    public static SymbolicValue interpret(TaggedSpan span, String text, Optional<LocalDate> taggedFor) {
        return interpret(span, text, taggedFor, null);
    }

    /**
     * The symbolic value of {@code span}, the tense of its clause already known ({@link TenseDetector#tenseAt} of the
     * span, which is then not looked for again); see {@link #interpret(TaggedSpan, String, Optional)}.
     */
    public static SymbolicValue interpret(TaggedSpan span, String text, Optional<LocalDate> taggedFor, Tense tense) {
        String words = span.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (span.type() == TimexType.DURATION || span.type() == TimexType.SET) {
            return span.value().isEmpty() ? new Unresolvable("no value for this " + span.type().name().toLowerCase(Locale.ROOT))
                    : new Absolute(span.value(), span.mod());
        }
        Optional<SymbolicValue> own = ownReading(words, span, text, tense);
        if (own.isPresent()) {
            return own.get();
        }
        return fromTaggerValue(span, taggedFor);
    }

    /** The reading of the first of our own patterns that reads the span's words, if any. */
    private static Optional<SymbolicValue> ownReading(String words, TaggedSpan span, String text, Tense tense) {
        TemporalPattern.Span s = new TemporalPattern.Span(span, text, words, tense);
        for (TemporalPattern p : TemporalPatterns.ALL) {
            Optional<SymbolicValue> v = p.readIn(s);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static SymbolicValue fromTaggerValue(TaggedSpan span, Optional<LocalDate> taggedFor) {
        String value = span.value();
        if (value.isEmpty()) {
            return new Unresolvable(NO_VALUE);
        }
        if (value.endsWith("_REF")) {
            return publication(new Shift.Reference(value), span.mod());
        }
        boolean specified = !value.contains("X") && Character.isDigit(value.charAt(0));
        if (specified && (explicitInText(span) || !span.rule().endsWith("relative"))) {
            return new Absolute(value, span.mod());
        }
        if (specified && taggedFor.isPresent()) {
            return publication(new Shift.Computed(value, taggedFor.get()), span.mod());
        }
        if (specified) {
            // relative to an earlier mention of the text, as the tagger resolved it in narrative mode
            return new Absolute(value, span.mod());
        }
        return new Unresolvable("'" + span.text() + "' depends on the publication date" + UNKNOWN_DATE);
    }

    /**
     * Whether a mention read with no publication date holds a value that depends on that date: one no reading could
     * resolve without it, or a value the tagger computed relative to an earlier mention of the text (its narrative
     * reading), which it computes relative to the publication day once it has one (the reading of news).
     */
    public static boolean dependsOnPublication(String text, String rule, SymbolicValue value) {
        if (value instanceof Unresolvable u) {
            return u.reason().endsWith(UNKNOWN_DATE) || u.reason().equals(NO_VALUE);
        }
        return value instanceof Absolute a && rule.endsWith("relative") && !a.value().contains("X")
                && !a.value().isEmpty() && Character.isDigit(a.value().charAt(0)) && !explicitInText(text, a.value());
    }

    /** Whether the year of a value is written in the span (so the value does not depend on any date). */
    private static boolean explicitInText(TaggedSpan span) {
        return explicitInText(span.text(), span.value());
    }

    private static boolean explicitInText(String text, String v) {
        if (v.length() < 2) {
            return false;
        }
        String year = v.length() >= 4 ? v.substring(0, 4) : v;
        return text.contains(year) || (v.length() >= 4 && text.matches(".*'" + v.substring(2, 4) + "\\b.*"));
    }

    private static SymbolicValue publication(Shift shift, Optional<String> mod) {
        return new PublicationRelative(shift, mod);
    }
}
