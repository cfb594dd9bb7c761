package org.chronologer.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronologer.interpret.SymbolicValue.Absolute;
import org.chronologer.interpret.SymbolicValue.AnchorRelative;
import org.chronologer.interpret.SymbolicValue.PublicationRelative;
import org.chronologer.interpret.SymbolicValue.Unresolvable;
import org.chronologer.interpret.SymbolicValue;
import org.chronologer.interpret.Tense;
import org.chronologer.interpret.Timex;
import org.chronologer.interpret.Unit;

/**
 * Resolves the symbolic values of one text, in text order, against a publication date (when known) and
 * against the text's own earlier dated mentions (for anchored values such as "five years later").
 */
public final class Resolver {

    private Resolver() {
    }

    /**
     * The resolutions of {@code values} (in text order) for an article published on {@code published}.
     * Publication-relative values stay unresolved without a date, and so do anchored values with no anchor.
     */
    public static List<Resolution> resolveAll(List<SymbolicValue> values, Optional<LocalDate> published) {
        return resolveAll(values, values.stream().map(v -> Tense.UNKNOWN).toList(), published);
    }

    /**
     * The resolutions of {@code values} (in text order, each with the tense of its clause) for an article published on
     * {@code published}. An anchored value ("at the time", "two years later") counts from the nearest earlier dated
     * mention not told in the future: a forecast ("by 2030") is not a time the story has reached. Equal resolutions
     * are one object (with its value, interval and dates): a text names the same few days many times over.
     */
    public static List<Resolution> resolveAll(List<SymbolicValue> values, List<Tense> tenses, Optional<LocalDate> published) {
        List<Resolution> out = new ArrayList<>(values.size());
        Map<Resolution, Resolution> shared = new HashMap<>();
        Resolution anchor = null;
        for (int i = 0; i < values.size(); i++) {
            SymbolicValue v = values.get(i);
            Resolution r = shared.computeIfAbsent(resolve(v, published, Optional.ofNullable(anchor)), x -> x);
            out.add(r);
            if (r.interval().isPresent() && !(v instanceof Absolute a && a.value().startsWith("P")) && tenses.get(i) != Tense.FUTURE) {
                anchor = r;
            }
        }
        return out;
    }

    /** The resolution of one value, given the publication date and the nearest earlier dated mention. */
    public static Resolution resolve(SymbolicValue value, Optional<LocalDate> published, Optional<Resolution> anchor) {
        if (value instanceof Absolute a) {
            return Resolution.of(a.value(), a.mod());
        }
        if (value instanceof PublicationRelative p) {
            if (published.isEmpty()) {
                return Resolution.unresolved("relative to the publication date, which is unknown");
            }
            return p.shift().valueFor(published.get()).map(v -> Resolution.of(v, p.mod()))
                    .orElseGet(() -> Resolution.unresolved("no value for " + p.shift().describe() + " on " + published.get()));
        }
        if (value instanceof AnchorRelative a) {
            if (anchor.isEmpty()) {
                return Resolution.unresolved("relative to an earlier date, and the text gives none before it");
            }
            return anchored(a, anchor.get());
        }
        return Resolution.unresolved(((Unresolvable) value).reason());
    }

    private static Resolution anchored(AnchorRelative a, Resolution anchor) {
        TimexValues.Interval interval = anchor.interval().orElseThrow();
        if (a.unit().isEmpty()) {
            return Resolution.of(anchor.value().orElseThrow(), anchor.mod().or(a::mod));
        }
        Unit unit = a.unit().get();
        LocalDate start = interval.earliest();
        Granularity g = interval.granularity();
        int n = a.offset();
        String value = switch (unit) {
            case DAY -> g.coarserOrEqual(Granularity.WEEKEND) && g != Granularity.DAY && g != Granularity.TIME
                    ? null : Timex.day(start.plusDays(n));
            case WEEK, WEEKEND -> g.coarserOrEqual(Granularity.MONTH) ? null
                    : Timex.week(start.plusWeeks(n)) + (unit == Unit.WEEKEND ? "-WE" : "");
            case MONTH, SEASON, QUARTER, HALF -> g.coarserOrEqual(Granularity.SEASON) && n != 0 ? null
                    : g.coarserOrEqual(Granularity.SEASON) ? anchor.value().orElseThrow()
                    : Timex.month(YearMonth.from(start).plusMonths(n));
            case YEAR -> Timex.year(start.getYear() + n);
            case DECADE -> String.format("%03d", start.getYear() / 10 + n);
            case CENTURY -> String.format("%02d", start.getYear() / 100 + n);
        };
        if (value == null) {
            // the anchor is coarser than the unit: keep the anchor's own precision
            if (n == 0) {
                return Resolution.of(anchor.value().orElseThrow(), a.mod());
            }
            return Resolution.unresolved("the earlier date (" + anchor.value().orElse("?") + ") is too coarse for "
                    + n + " " + unit.name().toLowerCase());
        }
        return Resolution.of(value, a.mod());
    }
}
