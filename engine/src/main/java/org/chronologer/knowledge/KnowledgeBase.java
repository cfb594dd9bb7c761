package org.chronologer.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dated named events that news refers to, and where their names occur in a text.
 *
 * <p>The default base ships with the engine ({@code org/chronologer/knowledge/events.json}, schema in
 * {@code SCHEMA.md} beside it). A user file of the same schema extends it: an entry with an id the base
 * already has replaces it. Names match whole words; an all-capitals alias ("BRI") matches case-sensitively,
 * other names ignoring case. All names are searched at once ({@link NameIndex}), and so are all places.
 */
public final class KnowledgeBase {

    private static final String DEFAULT = "/org/chronologer/knowledge/events.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static KnowledgeBase defaultBase;

    private final List<KnownEvent> events;
    /** The event of each name of {@link #names}, in the index's order. */
    private final List<KnownEvent> nameEvents;
    private final NameIndex names;
    private final List<Place> places;
    private final NameIndex placeNames;
    private final Tenures tenures;
    private final Optional<LocalDate> horizon;

    /** A place name (matched case-sensitively: places are proper names) and the events fought there. */
    private record Place(String name, List<KnownEvent> events) {
    }

    /** Where a place that events of the base were fought at occurs in a text, with those events (by id). */
    public record PlaceMatch(String place, List<KnownEvent> events, int start, int end) {
    }

    /** Where an event's name occurs in a text. */
    public record Match(KnownEvent event, int start, int end, String text) {
    }

    private KnowledgeBase(Collection<KnownEvent> events) {
        this.events = List.copyOf(events);
        List<KnownEvent> nameEvents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> caseSensitive = new ArrayList<>();
        for (KnownEvent e : this.events) {
            List<String> all = new ArrayList<>();
            all.add(e.name());
            all.addAll(e.aliases());
            for (String name : all) {
                if (name.isBlank()) {
                    continue;
                }
                // names match the normalised text, so they are normalised the same way (en dashes become hyphens)
                name = org.chronologer.read.NormalizedText.of(name).text();
                nameEvents.add(e);
                names.add(name);
                caseSensitive.add(e.isLaunch() || name.equals(name.toUpperCase(Locale.ROOT)) || name.length() <= 3);
            }
        }
        this.nameEvents = List.copyOf(nameEvents);
        this.names = new NameIndex(names, caseSensitive);
        Map<String, List<KnownEvent>> byPlace = new TreeMap<>();
        for (KnownEvent e : this.events) {
            for (String place : e.places()) {
                if (!place.isBlank()) {
                    byPlace.computeIfAbsent(org.chronologer.read.NormalizedText.of(place).text(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<Place> p = new ArrayList<>();
        byPlace.forEach((place, evs) -> p.add(new Place(place, List.copyOf(evs))));
        this.places = List.copyOf(p);
        this.placeNames = new NameIndex(p.stream().map(Place::name).toList(), Collections.nCopies(p.size(), true));
        this.tenures = new Tenures(this.events);
        this.horizon = latestDay(this.events); // once: every article's dating asks for it
    }

    /** The latest day the base knows of: the last first day among all its events' dates (empty for an empty base). */
    public Optional<LocalDate> horizon() {
        return horizon;
    }

    private static Optional<LocalDate> latestDay(List<KnownEvent> events) {
        LocalDate last = null;
        for (KnownEvent e : events) {
            for (int i = 0; i < e.dates().size(); i++) {
                LocalDate d = e.day(i);
                if (last == null || d.isAfter(last)) {
                    last = d;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** Who held which office when, from the term-start entries, and where a text names a holder by title. */
    public Tenures tenures() {
        return tenures;
    }

    /** The knowledge base shipped with the engine. */
    public static synchronized KnowledgeBase defaults() {
        if (defaultBase == null) {
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(DEFAULT)) {
                if (in == null) {
                    throw new IllegalStateException("the default knowledge base " + DEFAULT + " is missing from the classpath");
                }
                defaultBase = new KnowledgeBase(parse(JSON.readTree(in), DEFAULT).values());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the default knowledge base: " + e.getMessage(), e);
            }
        }
        return defaultBase;
    }

    /** A base of exactly these events. */
    public static KnowledgeBase of(Collection<KnownEvent> events) {
        return new KnowledgeBase(events);
    }

    /** The defaults extended (and, for equal ids, overridden) by the events of a user file. */
    public static KnowledgeBase defaultsWith(Path userFile) throws IOException {
        Map<String, KnownEvent> all = new TreeMap<>();
        for (KnownEvent e : defaults().events()) {
            all.put(e.id(), e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.newBufferedReader(userFile));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(userFile + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
        all.putAll(parse(root, userFile.toString()));
        return new KnowledgeBase(all.values());
    }

    private static Map<String, KnownEvent> parse(JsonNode root, String where) throws IOException {
        JsonNode events = root == null ? null : root.get("events");
        if (events == null || !events.isArray()) {
            throw new IOException(where + ": expected an object with an \"events\" array");
        }
        Map<String, KnownEvent> out = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            try {
                List<String> aliases = new ArrayList<>();
                e.path("aliases").forEach(a -> aliases.add(a.asText()));
                List<String> dates = new ArrayList<>();
                e.path("dates").forEach(d -> dates.add(d.asText()));
                List<String> places = new ArrayList<>();
                e.path("places").forEach(p -> places.add(p.asText()));
                KnownEvent ev = new KnownEvent(text(e, "id"), text(e, "name"), aliases, text(e, "kind"), dates,
                        optional(e, "person"), optional(e, "office"), optional(e, "country"),
                        e.path("source").asText(""), optional(e, "end"), places);
                out.put(ev.id(), ev);
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new IOException(where + ": event " + i + ": " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return v.asText();
    }

    private static Optional<String> optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
    }

    /** Every event, sorted by id. */
    public List<KnownEvent> events() {
        return events;
    }

    /**
     * Every occurrence in {@code text} of a place where events of the base were fought, in text order; where two
     * place names overlap ("Gaza City", "Gaza") the longer is kept.
     */
    public List<PlaceMatch> findPlaces(String text) {
        if (places.isEmpty()) {
            return List.of();
        }
        List<PlaceMatch> all = new ArrayList<>();
        for (NameIndex.Hit h : placeNames.find(text)) {
            Place p = places.get(h.name());
            all.add(new PlaceMatch(p.name(), p.events(), h.start(), h.end()));
        }
        all.sort(Comparator.comparingInt((PlaceMatch x) -> x.end() - x.start()).reversed()
                .thenComparingInt(PlaceMatch::start));
        List<PlaceMatch> kept = new ArrayList<>();
        for (PlaceMatch m : all) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(PlaceMatch::start));
        return kept;
    }

    /**
     * Every occurrence of an event's name in {@code text}, longest first where two overlap, in text order (the dating
     * rules ask once per article, through their shared facts).
     */
    public List<Match> find(String text) {
        return List.copyOf(search(text));
    }

    private List<Match> search(String text) {
        List<Match> all = new ArrayList<>();
        for (NameIndex.Hit h : names.find(text)) {
            all.add(new Match(nameEvents.get(h.name()), h.start(), h.end(), text.substring(h.start(), h.end())));
        }
        all.sort(Comparator.comparingInt((Match x) -> x.end() - x.start()).reversed()
                .thenComparingInt(Match::start).thenComparing(x -> x.event().id()));
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end()
                    && !k.event().id().equals(m.event().id()) && (k.end() - k.start()) > (m.end() - m.start()));
            boolean duplicate = kept.stream().anyMatch(k -> k.start() == m.start() && k.end() == m.end()
                    && k.event().id().equals(m.event().id()));
            if (!overlaps && !duplicate) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start).thenComparing(x -> x.event().id()));
        return kept;
    }
}
