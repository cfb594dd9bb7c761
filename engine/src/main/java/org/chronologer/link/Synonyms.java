package org.chronologer.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that name the same kind of happening: a verb and its nouns ("arrive", "arrival"), and the news' usual
 * synonyms ("talks", "meeting", "negotiations"). A word's group is the first word of its synonym set, else its stem
 * (the lemma less a derivational ending), so that "invade" and "invasion" meet where their stems do.
 */
final class Synonyms {

    private static final List<List<String>> SETS = List.of(
            List.of("talk", "meet", "meeting", "discuss", "discussion", "negotiate", "negotiation", "confer", "summit"),
            List.of("arrive", "arrival", "land", "reach"),
            List.of("visit", "trip", "tour"),
            List.of("leave", "depart", "departure"),
            List.of("say", "tell", "state", "statement", "remark", "comment", "add"),
            List.of("announce", "announcement", "unveil", "unveiling", "introduce", "introduction", "launch"),
            List.of("sign", "signing", "conclude", "ink"),
            List.of("agree", "agreement", "deal", "accord", "pact"),
            List.of("attack", "strike", "raid", "assault", "bombing", "bomb", "shelling", "shell"),
            List.of("kill", "killing", "death", "die"),
            List.of("win", "victory"),
            List.of("lose", "loss", "defeat"),
            List.of("elect", "election", "vote", "ballot", "poll"),
            List.of("resign", "resignation", "quit"),
            List.of("buy", "purchase", "acquire", "acquisition", "takeover"),
            List.of("sell", "sale"),
            List.of("release", "publish", "publication"),
            List.of("sue", "lawsuit", "suit"),
            List.of("ceasefire", "truce", "armistice"),
            List.of("invade", "invasion", "incursion"));

    private static final Map<String, String> GROUP = new HashMap<>();

    static {
        for (List<String> set : SETS) {
            for (String w : set) {
                GROUP.putIfAbsent(w, set.get(0));
            }
        }
    }

    private static final List<String> ENDINGS = List.of("ation", "ition", "ment", "sion", "tion", "ance", "ence", "ing", "ure", "al", "e");

    private Synonyms() {
    }

    /**
     * The stem of a lemma (less a derivational ending), with no synonym: "bombing" and "bomb", "arrival" and "arrive" meet,
     * "attack" and "bombing" do not.
     */
    static String stemGroup(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        for (String e : ENDINGS) {
            if (l.length() > e.length() + 3 && l.endsWith(e)) {
                return l.substring(0, l.length() - e.length());
            }
        }
        return l;
    }

    /** The group of a lemma. */
    static String group(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        String g = GROUP.get(l);
        if (g != null) {
            return g;
        }
        for (String e : ENDINGS) {
            if (l.length() > e.length() + 3 && l.endsWith(e)) {
                String stem = l.substring(0, l.length() - e.length());
                return GROUP.getOrDefault(stem, stem);
            }
        }
        return l;
    }
}
