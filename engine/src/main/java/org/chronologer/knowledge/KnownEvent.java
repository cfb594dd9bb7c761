package org.chronologer.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.chronologer.resolve.TimexValues;

/**
 * A dated named event of the knowledge base: a founding, a term of office, a recurring series with its
 * occurrences, the start of a war, a treaty, an election.
 *
 * @param id      unique id ("belt-and-road-initiative")
 * @param name    its name
 * @param aliases other names news uses
 * @param kind    founding, term-start, recurring-series, war-start, crisis-start, battle, treaty, election, pandemic,
 *                launch, other
 * @param dates   its dates in order (each occurrence of a series, each term of a person), as TIMEX3 values
 * @param person  whose term or election, for term-start and election entries
 * @param office  the office, for term-start entries
 * @param country the country, when it has one
 * @param source  where the fact comes from (an English Wikipedia article title)
 * @param end     the last day of an event that lasts (a war, a battle, a siege, a crisis), when it has ended and the
 *                base knows it, as a TIMEX3 value; empty for an event that goes on or whose end is not known
 * @param places  the towns and regions where the fighting of a war or battle took place, as news names them
 */
public record KnownEvent(String id, String name, List<String> aliases, String kind, List<String> dates,
                         Optional<String> person, Optional<String> office, Optional<String> country, String source,
                         Optional<String> end, List<String> places) {

    /** An event with no end and no places. */
    public KnownEvent(String id, String name, List<String> aliases, String kind, List<String> dates,
                      Optional<String> person, Optional<String> office, Optional<String> country, String source) {
        this(id, name, aliases, kind, dates, person, office, country, source, Optional.empty(), List.of());
    }

    public KnownEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(kind, "kind");
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no date");
        }
        for (String d : dates) {
            if (TimexValues.interval(d).isEmpty()) {
                throw new IllegalArgumentException("event " + id + " has a date that is not YYYY, YYYY-MM or YYYY-MM-DD: " + d);
            }
        }
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(end, "end");
        end.ifPresent(v -> {
            if (TimexValues.interval(v).isEmpty()) {
                throw new IllegalArgumentException("event " + id + " has an end that is not YYYY, YYYY-MM or YYYY-MM-DD: " + v);
            }
        });
        places = List.copyOf(places);
    }

    /**
     * The last day of the event: the latest day its {@code end} allows ("1995-03" ends on the 31st), or empty when it
     * goes on or its end is not known.
     */
    public Optional<LocalDate> lastDay() {
        return end.map(v -> TimexValues.interval(v).orElseThrow().latest());
    }

    /** The first day of occurrence {@code i} (0-based). */
    public LocalDate day(int i) {
        return TimexValues.interval(dates.get(i)).orElseThrow().earliest();
    }

    /** The first day of the first occurrence. */
    public LocalDate firstDay() {
        return day(0);
    }

    /** Whether this is a recurring series (summits, forums) whose occurrences are counted. */
    public boolean isSeries() {
        return kind.equals("recurring-series");
    }

    /**
     * Whether this is something news names that did not exist under its name before its date: a product, a service, a
     * company, an agency, a law, a word ("iPhone 3G", "Twitter", "Patriot Act", "hashtag"). Its name is written as its
     * makers write it, so it is matched with its case.
     */
    public boolean isLaunch() {
        return kind.equals("launch");
    }

    /** Whether this entry is a term of office. */
    public boolean isTerm() {
        return kind.equals("term-start");
    }

    /**
     * Whether this is a term in one seat of a court or chamber of many at once ("Associate Justice of ..., in the seat of
     * Byron White", "United States Senator from Ohio, in the seat of John Glenn Jr.", "United States Representative from
     * Ohio's 12th congressional district"), not an office one person holds.
     */
    public boolean isSeat() {
        return isTerm() && office.filter(o -> o.contains(SEAT) || o.endsWith(DISTRICT)).isPresent();
    }

    /** What the office of a seat's term says after its name: the seat is named by a holder of it. */
    public static final String SEAT = ", in the seat of ";
    /** How the office of a House seat ends: the seat is a congressional district. */
    public static final String DISTRICT = " congressional district";
}
