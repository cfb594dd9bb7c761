package org.chronologer.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronologer.extract.Mention;
import org.chronologer.model.Chronology;
import org.chronologer.model.Conflict;
import org.chronologer.model.Episode;
import org.chronologer.model.Event;
import org.chronologer.model.EventMention;
import org.chronologer.model.NodeRef;
import org.chronologer.model.Relation;
import org.chronologer.model.When;
import org.chronologer.read.InputProblem;

/**
 * Writes a chronology as JSON (fixed field order; the same chronology always gives the same bytes) or as a text
 * report a person reads at a glance: per episode, its articles with their dates, then its events in order.
 */
public final class ChronologyWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChronologyWriter() {
    }

    /** The version of the chronology JSON's schema ({@code chronology.schema.json} beside this class). */
    public static final int SCHEMA_VERSION = 3;

    /** The chronology JSON: fields in a fixed order, valid against {@link #schema()}. */
    public static String json(Chronology c) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(c, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #json} to {@code out}, node by node: a chronology of tens of thousands of articles is gigabytes of
     * JSON, more than a string holds, and none of it is kept (the writer is flushed, not closed).
     */
    public static void write(Chronology c, java.io.Writer out) throws IOException {
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.getFactory().createGenerator(out)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            write(c, g);
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** The chronology's fields, each written as soon as it is made. */
    private static void write(Chronology c, com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
        Map<String, Map<Integer, String>> mentionIds = new HashMap<>();
        g.writeArrayFieldStart("articles");
        for (Chronology.Entry a : c.articles()) {
            JSON.writeTree(g, articleNode(c, a));
            addMentionIds(a, mentionIds);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("episodes");
        for (Episode e : c.episodes()) {
            JSON.writeTree(g, episodeNode(e));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : c.events()) {
            JSON.writeTree(g, eventNode(e, mentionIds, c.episodeOfEvent().get(e.id())));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Chronology.Entry a : c.articles()) {
            for (int i = 0; i < a.mentions().size(); i++) {
                JSON.writeTree(g, mentionNode(a, i));
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        for (Relation r : c.relations()) {
            JSON.writeTree(g, relationNode(r));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conflicts");
        for (Conflict k : c.conflicts()) {
            JSON.writeTree(g, conflictNode(k));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (InputProblem p : c.errors()) {
            JSON.writeTree(g, errorNode(p));
        }
        g.writeEndArray();
    }

    /** The JSON Schema of the chronology JSON (draft 2020-12). */
    public static String schema() {
        try (var in = ChronologyWriter.class.getResourceAsStream("chronology.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("chronology.schema.json is missing from the engine jar", e);
        }
    }

    /** The id of an article's mention at {@code index} (0-based, in text order): {@code ARTICLE#t1}, {@code ARTICLE#t2}, ... */
    public static String mentionId(String article, int index) {
        return article + "#t" + (index + 1);
    }

    /** The chronology JSON as a tree (for a page that embeds it whole), written by the same code as {@link #write}. */
    static ObjectNode tree(Chronology c) {
        try (com.fasterxml.jackson.databind.util.TokenBuffer buffer = new com.fasterxml.jackson.databind.util.TokenBuffer(JSON, false)) {
            buffer.writeStartObject();
            buffer.writeNumberField("schemaVersion", SCHEMA_VERSION);
            write(c, buffer);
            buffer.writeEndObject();
            return JSON.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The id of the article's first mention at each start, for the events that cite them. */
    private static void addMentionIds(Chronology.Entry a, Map<String, Map<Integer, String>> mentionIds) {
        Map<Integer, String> ids = mentionIds.computeIfAbsent(a.id(), k -> new HashMap<>());
        for (int i = 0; i < a.mentions().size(); i++) {
            ids.putIfAbsent(a.mentions().get(i).start(), mentionId(a.id(), i));
        }
    }

    private static ObjectNode articleNode(Chronology c, Chronology.Entry a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        if (a.title().isPresent()) {
            n.put("title", a.title().get());
        } else {
            n.putNull("title");
        }
        n.put("source", a.source());
        n.set("published", DateWriter.publishedNode(a.published(), a.declaredFrom(), a.pageConflict()));
        n.put("episode", c.episodeOfArticle().get(a.id()));
        return n;
    }

    private static ObjectNode episodeNode(Episode e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("start", e.start().toString());
        n.put("end", e.end().toString());
        n.put("label", e.label());
        ArrayNode ids = n.putArray("articles");
        e.articles().forEach(ids::add);
        return n;
    }

    private static ObjectNode mentionNode(Chronology.Entry a, int i) {
        Mention m = a.mentions().get(i);
        ObjectNode withArticle = JSON.createObjectNode();
        withArticle.put("id", mentionId(a.id(), i));
        withArticle.put("article", a.id());
        withArticle.setAll(MentionsWriter.mentionNode(m));
        withArticle.put("granularity", m.resolution().interval()
                .map(iv -> iv.granularity().name().toLowerCase(Locale.ROOT)).orElse(null));
        return withArticle;
    }

    private static ObjectNode errorNode(InputProblem p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("source", p.source());
        n.put("message", p.message());
        n.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
        return n;
    }

    /**
     * The node of an event in the chronology JSON's {@code events}.
     *
     * @param mentionIds for each article, the id of its first mention at each start ({@link #mentionId}), for the
     *                   mentions that date the event's tellings and anchor it
     * @param episode    the event's episode, or null
     */
    public static ObjectNode eventNode(Event e, Map<String, Map<Integer, String>> mentionIds, String episode) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("text", e.text());
        n.put("sentence", e.sentence());
        n.put("lemma", e.mention().lemma());
        n.put("class", e.mention().eventClass().name());
        n.put("tense", e.mention().tense().name());
        n.put("aspect", e.mention().aspect().name());
        n.put("polarity", e.mention().polarity().name());
        n.put("modality", e.mention().modality().orElse(null));
        if (e.when().isPresent()) {
            n.set("when", whenNode(e.when().get()));
        } else {
            n.putNull("when");
        }
        n.set("anchor", anchorNode(e.anchor(), mentionIds));
        ArrayNode names = n.putArray("participants");
        e.participants().forEach(names::add);
        ArrayNode ids = n.putArray("articles");
        e.articles().forEach(ids::add);
        ArrayNode sources = n.putArray("sources");
        for (Event.Source s : e.sources()) {
            ObjectNode sn = sources.addObject();
            sn.put("article", s.article());
            sn.put("mention", s.dating().isPresent() ? mentionIds.getOrDefault(s.article(), Map.of()).get(s.dating().getAsInt()) : null);
            sn.put("start", s.start());
            sn.put("end", s.end());
            sn.put("text", s.mention());
        }
        n.put("episode", episode);
        return n;
    }

    /** The node of a relation in the chronology JSON's {@code relations}. */
    public static ObjectNode relationNode(Relation r) {
        ObjectNode n = JSON.createObjectNode();
        n.set("from", nodeRef(r.from()));
        n.set("to", nodeRef(r.to()));
        n.put("type", r.type().name());
        return n;
    }

    /** The node of a conflict in the chronology JSON's {@code conflicts}. */
    public static ObjectNode conflictNode(Conflict k) {
        ObjectNode n = JSON.createObjectNode();
        n.put("what", k.what());
        ArrayNode s = n.putArray("sources");
        k.sources().forEach(s::add);
        return n;
    }

    /** {@code {"value","earliest","latest","granularity","mod"}}, the granularity lower-case, the mod null when none. */
    static ObjectNode whenNode(When w) {
        ObjectNode when = JSON.createObjectNode();
        when.put("value", w.value());
        when.put("earliest", w.earliest().toString());
        when.put("latest", w.latest().toString());
        when.put("granularity", w.granularity().name().toLowerCase(Locale.ROOT));
        when.put("mod", w.mod().orElse(null));
        return when;
    }

    /** {@code {"kind","mention","article","event"}}: how an event was placed, the fields that do not apply null. */
    static ObjectNode anchorNode(Event.Anchor a, Map<String, Map<Integer, String>> mentionIds) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        boolean article = a.kind() == Event.Anchor.Kind.DATED || a.kind() == Event.Anchor.Kind.PUBLICATION
                || a.kind() == Event.Anchor.Kind.ELSEWHERE;
        n.put("mention", a.mention().isPresent() ? mentionIds.getOrDefault(a.target(), Map.of()).get(a.mention().getAsInt()) : null);
        n.put("article", article ? a.target() : null);
        n.put("event", a.kind() == Event.Anchor.Kind.RELATIVE ? a.target() : null);
        return n;
    }

    /** {@code {"kind":"event"|"publication","id"}}. */
    static ObjectNode nodeRef(NodeRef r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        n.put("id", r.id());
        return n;
    }

    /** The text report: per episode, its articles and its events in chronological order. */
    public static String text(Chronology c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d article(s), %d episode(s), %d event(s)%n", c.articles().size(),
                c.episodes().size(), c.events().size()));
        // each episode's articles and events, in the chronology's order, gathered in one pass over each
        Map<String, List<String>> episodesHolding = new HashMap<>();
        for (Episode e : c.episodes()) {
            e.articles().stream().distinct().forEach(a -> episodesHolding.computeIfAbsent(a, k -> new ArrayList<>()).add(e.id()));
        }
        Map<String, List<Chronology.Entry>> articlesOf = new HashMap<>();
        for (Chronology.Entry a : c.articles()) {
            episodesHolding.getOrDefault(a.id(), List.of()).forEach(e -> articlesOf.computeIfAbsent(e, k -> new ArrayList<>()).add(a));
        }
        Map<String, List<Event>> eventsOf = new HashMap<>();
        for (Event ev : c.events()) {
            String e = c.episodeOfEvent().get(ev.id());
            if (e != null) {
                eventsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(ev);
            }
        }
        for (Episode e : c.episodes()) {
            sb.append('\n').append(String.format(Locale.ROOT, "Episode %s  %s%s  %s%n", TextEscape.escape(e.id()), e.start(),
                    e.end().equals(e.start()) ? "" : " .. " + e.end(), TextEscape.escape(e.label())));
            for (Chronology.Entry a : articlesOf.getOrDefault(e.id(), List.of())) {
                sb.append(String.format(Locale.ROOT, "  article %-28s published %s  (window %s .. %s)%n", TextEscape.escape(a.id()),
                        a.published().best(), a.published().earliest(), a.published().latest()));
            }
            sb.append("  events:\n");
            for (Event ev : eventsOf.getOrDefault(e.id(), List.of())) {
                sb.append(String.format(Locale.ROOT, "    %-22s %-4s %-16s %s%s  [%s]%n", TextEscape.escape(when(ev)), ev.id(),
                        TextEscape.escape(ev.anchor().describe()), TextEscape.escape(word(ev)), TextEscape.escape(ev.text()),
                        TextEscape.escape(String.join(", ", ev.articles()))));
            }
        }
        if (!c.conflicts().isEmpty()) {
            sb.append("\nconflicts:\n");
            c.conflicts().forEach(k -> sb.append("  ! ").append(TextEscape.escape(k.what())).append("  (")
                    .append(TextEscape.escape(String.join("; ", k.sources()))).append(")\n"));
        }
        if (!c.errors().isEmpty()) {
            sb.append("\nerrors:\n");
            c.errors().forEach(p -> sb.append("  ").append(TextEscape.escape(p.toString())).append('\n'));
        }
        return sb.toString();
    }

    /** The event word, and how it is told when not as a fact: "(not) attend: ", "(may) visit: ". */
    private static String word(Event e) {
        String how = e.mention().polarity() == EventMention.Polarity.NEG ? "not"
                : e.mention().modality().orElse(e.mention().tense() == EventMention.Tense.FUTURE ? "will" : "");
        return (how.isEmpty() ? "" : "(" + how + ") ") + e.sources().get(0).mention() + ": ";
    }

    /** A date as a person reads it: the day, or the TIMEX3 value with decades and centuries spelled out; "-" when undated. */
    static String when(Event e) {
        if (e.when().isEmpty()) {
            return "-";
        }
        LocalDate a = e.when().get().earliest();
        LocalDate b = e.when().get().latest();
        if (a.equals(b)) {
            return a.toString();
        }
        String v = e.when().get().value();
        if (v.matches("\\d{3}")) {
            return v + "0s";
        }
        if (v.matches("\\d{2}")) {
            return v + "00s";
        }
        return v;
    }
}
