package org.chronologer.tag;

import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * HeidelTime's "fast checks", filled in from its own rules: HeidelTime runs each of its rules (152 for English dates,
 * 40 for durations, 16 for sets) over every sentence, building a matcher with dozens of groups for each, and skips a
 * rule whose fast check, a pattern of the rule's, does not occur in the sentence. Its English rules come with none.
 * Here each rule gets one: the strings {@link RuleRequirements} finds that every match of the rule contains (for a
 * rule on month names, the month names; for "two weeks", a number word or digit and a unit), searched for in either
 * case. A sentence without them cannot match the rule, so what HeidelTime finds is the same, only sooner: on 400
 * articles of {@code dated-news} (100 from each file), HeidelTime over the whole text found the same 3,741 expressions
 * with the checks as without, in 35 s instead of 78 ({@code RuleRequirementsTest} checks the same on sentences of
 * every kind of expression). Installed for English, the language it was checked on.
 *
 * <p>A check searches its sentence, so each sentence costs a search per rule, and HeidelTime sorts its rules again for
 * each sentence. A rule whose strings are nowhere in the document cannot match any of its sentences either: while a
 * document is processed ({@link Gate#during}), HeidelTime is shown only the rules whose strings the document holds,
 * time rules too, each set of strings searched for in the document once (and once only for all the rules that share
 * it).
 *
 * <p>Every rule of the three kinds gets a check, one that always passes when nothing is known of it: HeidelTime 2.2.1
 * carries a rule's failed check over to the next rule that has none. Its time rules are not checked: HeidelTime looks
 * their checks up under a name they are not filed under ({@code "Time"} for {@code "TIME"}), and runs every one it is
 * shown on every sentence.
 */
final class RuleChecks {

    /** A check that every sentence passes: the empty string is found in any text. */
    private static final Pattern ALWAYS = Pattern.compile("");
    /** HeidelTime's fields of each kind's rules in a rule manager, with their checks' fields (null: time rules). */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("hmDatePattern", "hmDateFastCheck");
        KINDS.put("hmDurationPattern", "hmDurationFastCheck");
        KINDS.put("hmSetPattern", "hmSetFastCheck");
        KINDS.put("hmTimePattern", null);
    }

    /** The gates installed, by rule manager (HeidelTime keeps one per language). */
    private static final Map<RuleManager, Gate> INSTALLED = new IdentityHashMap<>();
    /** The document the engine of this thread is processing, while it is. */
    private static final ThreadLocal<Document> CURRENT = new ThreadLocal<>();

    private RuleChecks() {
    }

    /**
     * Gives each date, duration and set rule of {@code rules} that has no fast check one, and puts each kind's rules
     * behind a gate; once per rule manager, returning the gate. Called while engines are built one at a time, before
     * any of them uses {@code rules}: HeidelTime's maps are not safe to change while another thread reads them.
     */
    static synchronized Gate install(RuleManager rules) {
        Gate done = INSTALLED.get(rules);
        if (done != null) {
            return done;
        }
        Gate gate = new Gate();
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            HashMap<Pattern, String> patterns = field(rules, kind.getKey());
            GatedRules gated = new GatedRules(gate, patterns);
            Map<String, Pattern> checks = kind.getValue() == null ? null : field(rules, kind.getValue());
            for (Map.Entry<Pattern, String> rule : patterns.entrySet()) {
                List<Set<String>> needed = RuleRequirements.of(rule.getKey().pattern());
                gated.needs(rule.getKey(), needed);
                if (checks != null && !checks.containsKey(rule.getValue())) {
                    checks.put(rule.getValue(), needed.isEmpty() ? ALWAYS : RuleRequirements.finder(needed));
                }
            }
            setField(rules, kind.getKey(), gated);
        }
        INSTALLED.put(rules, gate);
        return gate;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(RuleManager rules, String name) {
        try {
            Field f = RuleManager.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) Objects.requireNonNull(f.get(rules), name);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new TaggerException(
                    "HeidelTime's rule manager has no field '" + name + "' (HeidelTime 2.2.1 has): " + e, e);
        }
    }

    private static void setField(RuleManager rules, String name, Object value) {
        try {
            Field f = RuleManager.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(rules, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new TaggerException("HeidelTime's rule manager's field '" + name + "' cannot be set: " + e, e);
        }
    }

    /** The check of a rule, for tests: null when it has none. */
    static Pattern check(RuleManager rules, String kind, String rule) {
        Map<String, Pattern> checks = switch (kind) {
            case "DATE" -> rules.getHmDateFastCheck();
            case "DURATION" -> rules.getHmDurationFastCheck();
            case "SET" -> rules.getHmSetFastCheck();
            default -> throw new IllegalArgumentException(kind);
        };
        return checks.get(rule);
    }

    /** The rules of a kind HeidelTime is shown while {@code document} is processed on this thread, for tests. */
    static Set<Pattern> shown(RuleManager rules, String kind, String document) throws Exception {
        Map<Pattern, String> patterns = switch (kind) {
            case "DATE" -> rules.getHmDatePattern();
            case "DURATION" -> rules.getHmDurationPattern();
            case "SET" -> rules.getHmSetPattern();
            case "TIME" -> rules.getHmTimePattern();
            default -> throw new IllegalArgumentException(kind);
        };
        Gate gate = INSTALLED.get(rules);
        return gate == null ? patterns.keySet() : gate.during(document, () -> new LinkedHashSet<>(patterns.keySet()));
    }

    /**
     * The sets of strings the rules of one rule manager need, each with a pattern that finds one of its strings, so
     * that a document is searched once for each set.
     */
    static final class Gate {
        private final Map<Set<String>, Integer> index = new HashMap<>();
        private final List<Pattern> finders = new ArrayList<>();

        private int indexOf(Set<String> set) {
            return index.computeIfAbsent(set, s -> {
                finders.add(RuleRequirements.finder(List.of(s)));
                return finders.size() - 1;
            });
        }

        /**
         * Runs {@code work}, HeidelTime processing {@code document} on this thread, with HeidelTime shown only the
         * rules whose strings the document holds.
         */
        <T> T during(String document, Callable<T> work) throws Exception {
            Document previous = CURRENT.get();
            CURRENT.set(new Document(this, document));
            try {
                return work.call();
            } finally {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }

    /**
     * A document being processed: which of its gate's sets it holds a string of, found out when first asked, and the
     * rules of each kind it may match.
     */
    private static final class Document {
        private static final byte UNKNOWN = 0;
        private static final byte HELD = 1;
        private static final byte LACKED = 2;

        private final Gate gate;
        private final String text;
        private final byte[] held;
        private final Map<GatedRules, Set<Pattern>> shown = new IdentityHashMap<>();

        Document(Gate gate, String text) {
            this.gate = gate;
            this.text = text;
            this.held = new byte[gate.finders.size()];
        }

        /** Whether the document lacks every string of one of {@code sets} (indices into the gate's sets). */
        boolean lacksOne(int[] sets) {
            for (int s : sets) {
                if (held[s] == UNKNOWN) {
                    held[s] = gate.finders.get(s).matcher(text).find() ? HELD : LACKED;
                }
                if (held[s] == LACKED) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One kind's rules in place of HeidelTime's map of them (a rule's pattern to its name): HeidelTime goes through its
     * {@link #keySet()}, which, while a document is processed on this thread, holds only the rules the document may
     * match. Everything else is the map's.
     */
    private static final class GatedRules extends HashMap<Pattern, String> {
        private static final long serialVersionUID = 1L;
        private final transient Gate gate;
        /** The indices of the sets each rule needs a string of; none for a rule that needs nothing known. */
        private final transient Map<Pattern, int[]> sets = new HashMap<>();

        GatedRules(Gate gate, Map<Pattern, String> rules) {
            super(rules);
            this.gate = gate;
        }

        void needs(Pattern rule, List<Set<String>> needed) {
            sets.put(rule, needed.stream().mapToInt(gate::indexOf).toArray());
        }

        @Override
        public Set<Pattern> keySet() {
            Document document = CURRENT.get();
            if (document == null || document.gate != gate) {
                return super.keySet();
            }
            return document.shown.computeIfAbsent(this, k -> {
                Set<Pattern> shown = new LinkedHashSet<>();
                for (Pattern rule : super.keySet()) {
                    int[] needed = sets.get(rule);
                    if (needed == null || !document.lacksOne(needed)) {
                        shown.add(rule);
                    }
                }
                return Collections.unmodifiableSet(shown);
            });
        }
    }
}
