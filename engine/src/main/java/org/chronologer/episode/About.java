package org.chronologer.episode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;

/**
 * The events of a chronology that concern one participant (a person, a company, a product): those whose participants
 * (the names their tellings' clauses give, a "he" or "she" standing for the name told before) or whose clause name it.
 *
 * <p>A name is found as written, case-insensitively, with a possessive or plural "s"; without a trailing generic word
 * ("iTunes Store" → "iTunes", "Apple Inc." → "Apple"); by its trailing groups of two or more words ("Beatles Apple
 * Corps" → "Apple Corps"); and, for a two-word capitalised name (a person: "Steve Jobs"), by the surname alone,
 * capitalised. The event word itself naming it ("the iPhone" as an event noun) does not count.
 */
public final class About {

    private static final Set<String> GENERIC = Set.of("store", "inc", "inc.", "corp", "corp.", "corporation", "company",
            "co", "co.", "ltd", "ltd.", "limited", "plc", "llc", "group");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private final String name;
    private final List<Pattern> aliases;

    private About(String name, List<Pattern> aliases) {
        this.name = name;
        this.aliases = List.copyOf(aliases);
    }

    /** The selection of the events that concern {@code name}. */
    public static About of(String name) {
        String n = Objects.requireNonNull(name, "name").strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("an empty name concerns nothing");
        }
        return new About(n, aliases(n));
    }

    /**
     * The patterns that find the name in a text: the whole name, without a generic last word ("Store", "Inc."), its
     * last words, and a two-word personal name's surname (case kept), each with a possessive.
     */
    public List<Pattern> aliases() {
        return aliases;
    }

    /** The name, as given. */
    public String name() {
        return name;
    }

    /** Whether the text names the participant. */
    public boolean names(String text) {
        for (Pattern p : aliases) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the event concerns the participant: a participant or its clause names it, and its word is not the name. */
    public boolean concerns(Event e) {
        if (names(e.sources().get(0).mention())) {
            return false;
        }
        return e.participants().stream().anyMatch(this::names) || names(e.text());
    }

    /**
     * The chronology restricted to the events that concern the participant (in its order) and the relations between
     * what is left; articles, episodes, conflicts and errors stay.
     */
    public Chronology of(Chronology c) {
        List<Event> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Event e : c.events()) {
            if (concerns(e)) {
                kept.add(e);
                ids.add(e.id());
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (Relation r : c.relations()) {
            if (keeps(r.from(), ids) && keeps(r.to(), ids)) {
                relations.add(r);
            }
        }
        java.util.Map<String, String> episodeOfEvent = new java.util.TreeMap<>(c.episodeOfEvent());
        episodeOfEvent.keySet().retainAll(ids);
        return new Chronology(c.articles(), c.episodes(), kept, relations, c.conflicts(), c.errors(), c.episodeOfArticle(),
                episodeOfEvent);
    }

    private static boolean keeps(NodeRef n, Set<String> events) {
        return n.kind() == NodeRef.Kind.PUBLICATION || events.contains(n.id());
    }

    private static List<Pattern> aliases(String entity) {
        List<String> words = List.of(entity.split("\\s+"));
        List<Pattern> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        add(out, seen, words, true);
        List<String> trimmed = new ArrayList<>(words);
        while (trimmed.size() > 1 && GENERIC.contains(trimmed.get(trimmed.size() - 1).toLowerCase(Locale.ROOT))) {
            trimmed.remove(trimmed.size() - 1);
        }
        add(out, seen, trimmed, true);
        for (int from = 1; from + 2 <= trimmed.size(); from++) {
            add(out, seen, trimmed.subList(from, trimmed.size()), true);
        }
        if (words.size() == 2 && words.stream().allMatch(w -> CAPITALISED.matcher(w).matches())) {
            add(out, seen, words.subList(1, 2), false);
        }
        return out;
    }

    private static void add(List<Pattern> out, Set<String> seen, List<String> words, boolean ignoreCase) {
        String key = (ignoreCase ? "i:" : "c:") + String.join(" ", words).toLowerCase(Locale.ROOT);
        if (words.isEmpty() || !seen.add(key)) {
            return;
        }
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(words.get(i)));
        }
        re.append("(?:'s|\u2019s|s)?(?![\\p{L}\\p{N}])");
        out.add(Pattern.compile(re.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
    }
}
