package org.chronologer.read.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chronologer.read.html.PageDate.Role;

/**
 * Chooses a page's published (or modified) day among its candidates: each source offers its most trusted day of
 * that role (in the article before elsewhere, then in page order), and each day scores the summed weight of the
 * sources that offer it; the best-scoring day wins, and a tie goes to the day of the heaviest source. With weights
 * that each exceed the sum of all lighter ones, this is a strict order of sources: the heaviest source that offers
 * a day decides.
 *
 * <p>A time given in UTC ({@code 2020-02-25T02:25:54Z}) is the local day of a page in London only: in New York it
 * was still 24 February. When another source offers the day before (for a UTC time before noon) or after (for a UTC
 * time from 10:00, where UTC+14 reaches midnight) as the page shows it in the article (a {@code <time>}, a date
 * element, a byline) or in its address, and none shows the UTC day itself, the UTC time counts for that day, as the same moment told in
 * the page's own time zone.
 *
 * <p>Then the article has its word: the metadata's published day stands unless the article shows its readers another
 * day that the metadata also states (see {@link #choose}).
 */
public final class DateVote {

    /** The sources that give the day as the page shows it to its readers, in its own time zone. */
    private static final Set<DateSource> LOCAL_SOURCES = EnumSet.of(DateSource.TIME_ELEMENT, DateSource.DATE_ELEMENT,
            DateSource.PUBLICATION_LINE, DateSource.BYLINE, DateSource.URL);

    /** The sources that are the page's metadata rather than what it shows its readers. */
    private static final Set<DateSource> METADATA = EnumSet.of(DateSource.JSON_LD, DateSource.OPEN_GRAPH, DateSource.ITEMPROP,
            DateSource.DUBLIN_CORE, DateSource.PUBLISHER_META);
    /** The sources that are what the article shows its readers as its date. */
    private static final Set<DateSource> SHOWN = EnumSet.of(DateSource.PUBLICATION_LINE, DateSource.TIME_ELEMENT,
            DateSource.DATE_ELEMENT, DateSource.BYLINE);

    private final Map<DateSource, Double> weights;

    private DateVote(Map<DateSource, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** A vote with the given weight for each source; a source without a weight is not heard. */
    public static DateVote of(Map<DateSource, Double> weights) {
        Objects.requireNonNull(weights, "weights");
        return new DateVote(weights);
    }

    /** A strict order: the first source in the list that offers a day decides. */
    public static DateVote inOrder(List<DateSource> order) {
        Map<DateSource, Double> w = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            w.put(order.get(i), Math.pow(2, order.size() - i));
        }
        return new DateVote(w);
    }

    /** The weight of a source (0 when it is not heard). */
    public double weight(DateSource s) {
        return weights.getOrDefault(s, 0.0);
    }

    /**
     * The chosen day of the role: the candidate of the heaviest source that offers it, unless it is a published day
     * from the page's metadata and the article shows its readers another day that the metadata states too (as the
     * modified day, or as another source's published day): then the day shown wins, and the metadata's day is
     * {@linkplain #contradicted contradicted}. Pages re-dated when updated, and pages whose metadata sources
     * disagree, show the day their readers are told.
     */
    public Optional<PageDate> choose(List<PageDate> candidates, Role role) {
        Optional<PageDate> voted = vote(candidates, role);
        if (role != Role.PUBLISHED || voted.isEmpty()) {
            return voted;
        }
        return Optional.of(shownInstead(candidates, voted.get()).orElse(voted.get()));
    }

    /** The metadata's published day that the day the article shows overrode in {@link #choose}, if it did. */
    public Optional<PageDate> contradicted(List<PageDate> candidates) {
        return vote(candidates, Role.PUBLISHED).filter(v -> shownInstead(candidates, v).isPresent());
    }

    /** The published day the article shows, when it differs from the metadata's {@code voted} day and the metadata states it too. */
    private Optional<PageDate> shownInstead(List<PageDate> candidates, PageDate voted) {
        if (!METADATA.contains(voted.source())) {
            return Optional.empty();
        }
        Optional<PageDate> shown = offers(candidates, Role.PUBLISHED).stream()
                .filter(d -> SHOWN.contains(d.source()) && d.inArticle() && d.utcHour().isEmpty()).findFirst();
        return shown.filter(s -> !s.day().equals(voted.day())
                && candidates.stream().anyMatch(d -> METADATA.contains(d.source()) && d.day().equals(s.day())));
    }

    /** The candidate of the heaviest source that offers the role's day (summed over sources per day). */
    private Optional<PageDate> vote(List<PageDate> candidates, Role role) {
        List<PageDate> offers = localDays(offers(candidates, role));
        Map<LocalDate, Double> score = new LinkedHashMap<>();
        for (PageDate d : offers) {
            score.merge(d.day(), weight(d.source()), Double::sum);
        }
        PageDate best = null;
        double top = 0;
        for (PageDate d : offers) {
            double s = score.get(d.day());
            if (best == null || s > top || (s == top && weight(d.source()) > weight(best.source()))) {
                best = d;
                top = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The offers with each UTC time moved to the adjacent day that another offer, not in UTC, gives. */
    private static List<PageDate> localDays(List<PageDate> offers) {
        List<PageDate> out = new ArrayList<>(offers.size());
        for (PageDate d : offers) {
            OptionalInt hour = d.utcHour();
            PageDate moved = d;
            boolean confirmed = offers.stream().anyMatch(o -> isLocal(o) && o.day().equals(d.day()));
            if (hour.isPresent() && !confirmed) {
                for (PageDate other : offers) {
                    if (!isLocal(other)) {
                        continue;
                    }
                    boolean before = hour.getAsInt() < 12 && other.day().equals(d.day().minusDays(1));
                    boolean after = hour.getAsInt() >= 10 && other.day().equals(d.day().plusDays(1));
                    if (before || after) {
                        moved = d.withDay(other.day());
                        break;
                    }
                }
            }
            out.add(moved);
        }
        return out;
    }

    private static boolean isLocal(PageDate d) {
        return LOCAL_SOURCES.contains(d.source()) && d.inArticle() && d.utcHour().isEmpty();
    }

    /** Each heard source's most trusted candidate of the role, heaviest source first. */
    List<PageDate> offers(List<PageDate> candidates, Role role) {
        Set<DateSource> seen = EnumSet.noneOf(DateSource.class);
        List<PageDate> firstInArticle = new ArrayList<>();
        List<PageDate> rest = new ArrayList<>();
        for (PageDate d : candidates) {
            (d.inArticle() ? firstInArticle : rest).add(d);
        }
        firstInArticle.addAll(rest);
        List<PageDate> out = new ArrayList<>();
        for (PageDate d : firstInArticle) {
            if (d.role() == role && weight(d.source()) > 0 && seen.add(d.source())) {
                out.add(d);
            }
        }
        out.sort((a, b) -> Double.compare(weight(b.source()), weight(a.source())));
        return out;
    }
}
