package org.chronologer.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the engine placed events, scored against the gold TLINKs of a TimeML file between an EVENT and a TIMEX3: the
 * links to the document creation time (is the event before it, after it, or does it overlap it?) and the links that put
 * an event inside another time expression ("on Tuesday": IS_INCLUDED, DURING, SIMULTANEOUS, IDENTITY), whose interval
 * the event's should lie in; and the links between two events (before, after, overlapping). A gold link counts once; it is <em>answered</em> when the engine has a telling of the event
 * (span overlap) that says something on it, and <em>right</em> when what it says agrees.
 */
public final class AnchoringScore {

    /** Where an event lies against a time: before it, after it, or overlapping it. */
    public enum Side { BEFORE, AFTER, OVERLAP }

    /**
     * A gold link from an event to a time expression, read in that direction ({@code relType} inverted when the file
     * links the time to the event).
     *
     * @param eid     the EVENT's {@code eid}
     * @param tid     the TIMEX3's {@code tid}
     * @param relType the relation of the event to the time
     */
    public record Link(String eid, String tid, String relType) {
        public Link {
            Objects.requireNonNull(eid, "eid");
            Objects.requireNonNull(tid, "tid");
            Objects.requireNonNull(relType, "relType");
        }
    }

    private static final Pattern MAKEINSTANCE = Pattern.compile("<MAKEINSTANCE(\\s[^>]*)/?>");
    private static final Pattern TLINK = Pattern.compile("<TLINK(\\s[^>]*)/?>");
    private static final Pattern TIMEX_OPEN = Pattern.compile("<TIMEX3(\\s[^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Map<String, String> INVERSE = Map.ofEntries(Map.entry("BEFORE", "AFTER"), Map.entry("AFTER", "BEFORE"),
            Map.entry("IBEFORE", "IAFTER"), Map.entry("IAFTER", "IBEFORE"), Map.entry("INCLUDES", "IS_INCLUDED"),
            Map.entry("IS_INCLUDED", "INCLUDES"), Map.entry("BEGINS", "BEGUN_BY"), Map.entry("BEGUN_BY", "BEGINS"),
            Map.entry("ENDS", "ENDED_BY"), Map.entry("ENDED_BY", "ENDS"), Map.entry("DURING", "DURING_INV"),
            Map.entry("DURING_INV", "DURING"), Map.entry("SIMULTANEOUS", "SIMULTANEOUS"), Map.entry("IDENTITY", "IDENTITY"));
    /** The relations that put the event inside the time. */
    private static final Set<String> INSIDE = Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY");

    private AnchoringScore() {
    }

    /** The gold links between an event and a time expression of a TimeML file, each from the event to the time. */
    public static List<Link> links(String content) {
        Map<String, String> eventOfInstance = eventOfInstance(content);
        List<Link> out = new ArrayList<>();
        Matcher tl = TLINK.matcher(content);
        while (tl.find()) {
            Map<String, String> a = attributes(tl.group(1));
            String rel = a.get("relType");
            if (rel == null || !INVERSE.containsKey(rel)) {
                continue;
            }
            if (a.containsKey("eventInstanceID") && a.containsKey("relatedToTime")) {
                String eid = eventOfInstance.get(a.get("eventInstanceID"));
                if (eid != null) {
                    out.add(new Link(eid, a.get("relatedToTime"), rel));
                }
            } else if (a.containsKey("timeID") && a.containsKey("relatedToEventInstance")) {
                String eid = eventOfInstance.get(a.get("relatedToEventInstance"));
                if (eid != null) {
                    out.add(new Link(eid, a.get("timeID"), INVERSE.get(rel)));
                }
            }
        }
        return out;
    }

    /**
     * A gold link between two events.
     *
     * @param eid      the first EVENT's {@code eid}
     * @param otherEid the second EVENT's {@code eid}
     * @param relType  the relation of the first to the second
     */
    public record EventLink(String eid, String otherEid, String relType) {
        public EventLink {
            Objects.requireNonNull(eid, "eid");
            Objects.requireNonNull(otherEid, "otherEid");
            Objects.requireNonNull(relType, "relType");
        }
    }

    /** The gold links between two events of a TimeML file (of two distinct events, each with its MAKEINSTANCE). */
    public static List<EventLink> eventLinks(String content) {
        Map<String, String> eventOfInstance = eventOfInstance(content);
        List<EventLink> out = new ArrayList<>();
        Matcher tl = TLINK.matcher(content);
        while (tl.find()) {
            Map<String, String> a = attributes(tl.group(1));
            String rel = a.get("relType");
            if (rel == null || !INVERSE.containsKey(rel) || !a.containsKey("eventInstanceID") || !a.containsKey("relatedToEventInstance")) {
                continue;
            }
            String e1 = eventOfInstance.get(a.get("eventInstanceID"));
            String e2 = eventOfInstance.get(a.get("relatedToEventInstance"));
            if (e1 != null && e2 != null && !e1.equals(e2)) {
                out.add(new EventLink(e1, e2, rel));
            }
        }
        return out;
    }

    /** The {@code eventID} of each MAKEINSTANCE's {@code eiid}. */
    private static Map<String, String> eventOfInstance(String content) {
        Map<String, String> out = new HashMap<>();
        Matcher mi = MAKEINSTANCE.matcher(content);
        while (mi.find()) {
            Map<String, String> a = attributes(mi.group(1));
            if (a.containsKey("eiid") && a.containsKey("eventID")) {
                out.put(a.get("eiid"), a.get("eventID"));
            }
        }
        return out;
    }

    /** The {@code tid} of the file's CREATION_TIME TIMEX3, if it has one. */
    public static Optional<String> creationTimeId(String content) {
        Matcher m = TIMEX_OPEN.matcher(content);
        while (m.find()) {
            Map<String, String> a = attributes(m.group(1));
            if ("CREATION_TIME".equals(a.get("functionInDocument")) && a.containsKey("tid")) {
                return Optional.of(a.get("tid"));
            }
        }
        return Optional.empty();
    }

    /** The side of the time a gold relation puts the event on. */
    public static Side side(String relType) {
        return switch (relType) {
            case "BEFORE", "IBEFORE" -> Side.BEFORE;
            case "AFTER", "IAFTER" -> Side.AFTER;
            default -> Side.OVERLAP;
        };
    }

    /** Whether a gold relation puts the event inside the time ("on Tuesday"). */
    public static boolean inside(String relType) {
        return INSIDE.contains(relType);
    }

    /**
     * Whether the engine's answer agrees with a gold relation to the creation time. An event the engine puts on the
     * creation day itself ({@code onTheDay}) before or after the publication moment ("said" today) agrees with a gold
     * relation on that side or inside that day (TimeML files take the creation time now as a moment, now as a day).
     */
    public static boolean agrees(Side answer, boolean onTheDay, String goldRelType) {
        Side gold = side(goldRelType);
        if (answer == gold) {
            return true;
        }
        return onTheDay && answer != Side.OVERLAP && (inside(goldRelType) || goldRelType.equals("BEGINS") || goldRelType.equals("ENDS"));
    }

    /** The side of a day an interval lies on. */
    public static Side side(LocalDate earliest, LocalDate latest, LocalDate day) {
        return latest.isBefore(day) ? Side.BEFORE : earliest.isAfter(day) ? Side.AFTER : Side.OVERLAP;
    }

    /** Counts of one kind of link: how many, how many the engine answered, how many it got right. */
    public static final class Tally {
        private int links;
        private int answered;
        private int right;

        /** Counts a link: answered or not, right or not. */
        public void add(boolean isAnswered, boolean isRight) {
            links++;
            answered += isAnswered ? 1 : 0;
            right += isAnswered && isRight ? 1 : 0;
        }

        /** Adds another tally's counts. */
        public void add(Tally o) {
            links += o.links;
            answered += o.answered;
            right += o.right;
        }

        public int links() {
            return links;
        }

        public int answered() {
            return answered;
        }

        public int right() {
            return right;
        }

        /** The share of the links answered, in %. */
        public double coverage() {
            return links == 0 ? 0 : 100.0 * answered / links;
        }

        /** The share of the answered links answered right, in %. */
        public double accuracy() {
            return answered == 0 ? 0 : 100.0 * right / answered;
        }

        /** The share of all links answered right, in %. */
        public double recall() {
            return links == 0 ? 0 : 100.0 * right / links;
        }
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }
}
