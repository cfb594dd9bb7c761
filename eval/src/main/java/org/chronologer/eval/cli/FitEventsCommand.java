package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.chronologer.event.EventLexicon;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Pos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fit-events}: derives the event lexicon from WordNet 3.0's database files (Debian's {@code wordnet-base} puts
 * them in {@code /usr/share/wordnet}). No annotated corpus is read.
 *
 * <p>A noun's rate is the share of its senses, each weighted by how often it was tagged in WordNet's sense-tagged
 * corpus ({@code cntlist.rev}, SemCor's counts) plus {@code 1/rank} (WordNet lists a lemma's senses by frequency), that WordNet files under an eventive lexicographer file: acts ({@code noun.act}), events, processes and
 * phenomena count whole, states ({@code noun.state}) half, since TimeML takes a state for an event only when it
 * holds for a while that matters; a sense filed elsewhere that WordNet relates derivationally to a verb ("talk",
 * "meeting", "agreement", "statement": a nominalisation, naming the verb's event or what it produced) counts half
 * too, unless it is a person, an artifact, a place or a body part. Its class is STATE when its first sense is a state, else OCCURRENCE. A verb whose
 * first sense WordNet files as stative ({@code verb.stative}: "own", "equal") is written as a STATE; other verbs
 * need no entry (most verbs name events). Only single words are kept.
 */
@Command(name = "fit-events", mixinStandardHelpOptions = true,
        description = "Derives the event lexicon from WordNet 3.0's database files in DIR (e.g. /usr/share/wordnet).")
public final class FitEventsCommand implements Callable<Integer> {

    /** WordNet's lexicographer file numbers (lexnames(5WN)) of the noun files that hold events, with their weight. */
    static final Map<Integer, Double> EVENTIVE_NOUN_FILES = Map.of(4, 1.0, 11, 1.0, 19, 1.0, 22, 1.0, 26, 0.5);
    /** Noun files whose senses never name events, even when derived from a verb: body, person, artifact, location, plant, animal, food, substance, object. */
    static final java.util.Set<Integer> THINGS = java.util.Set.of(5, 6, 8, 13, 15, 17, 18, 20, 27);
    /** The weight of a sense derived from a verb that no eventive file holds. */
    static final double DERIVED = 0.5;
    /** noun.state */
    static final int NOUN_STATE = 26;
    /** verb.stative */
    static final int VERB_STATIVE = 42;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "WordNet 3.0's dict folder (index.noun, data.noun, index.verb, data.verb).")
    Path dir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the lexicon (TSV).")
    Path output;

    @Option(names = "--all", description = "Write every noun, not only those whose entry changes the decision at the engine's noun threshold (for choosing a threshold with eval-events --fit-threshold).")
    boolean everyNoun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> lines = new TreeMap<>();
        try {
            Map<String, Integer> nounFiles = lexFiles(dir.resolve("data.noun"));
            java.util.Set<String> fromVerbs = derivedFromVerbs(dir.resolve("data.noun"));
            Map<String, Integer> verbFiles = lexFiles(dir.resolve("data.verb"));
            Map<String, Integer> counts = tagCounts(dir.resolve("cntlist.rev"));
            for (Map.Entry<String, List<String>> e : senses(dir.resolve("index.noun")).entrySet()) {
                double all = 0;
                double eventive = 0;
                List<String> offsets = e.getValue();
                for (int i = 0; i < offsets.size(); i++) {
                    double w = counts.getOrDefault(e.getKey() + "%1#" + (i + 1), 0) + 1.0 / (i + 1);
                    all += w;
                    int file = nounFiles.getOrDefault(offsets.get(i), -1);
                    double weight = EVENTIVE_NOUN_FILES.getOrDefault(file, 0.0);
                    if (weight == 0 && fromVerbs.contains(offsets.get(i)) && !THINGS.contains(file)) {
                        weight = DERIVED;
                    }
                    eventive += w * weight;
                }
                double rate = eventive / all;
                EventClass c = nounFiles.getOrDefault(offsets.get(0), -1) == NOUN_STATE ? EventClass.STATE : EventClass.OCCURRENCE;
                if (everyNoun || changesTheDecision(Pos.NOUN, e.getKey(), rate, c)) {
                    lines.put(Pos.NOUN + "\t" + e.getKey(), String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s", Pos.NOUN, e.getKey(), rate, c));
                }
            }
            for (Map.Entry<String, List<String>> e : senses(dir.resolve("index.verb")).entrySet()) {
                if (verbFiles.getOrDefault(e.getValue().get(0), -1) == VERB_STATIVE) {
                    lines.put(Pos.VERB + "\t" + e.getKey(), Pos.VERB + "\t" + e.getKey() + "\t0.850\t" + EventClass.STATE);
                }
            }
        } catch (IOException e) {
            err.println("fit-events: cannot read WordNet in " + dir + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        StringBuilder b = new StringBuilder();
        b.append("# Event lexicon derived by fit-events from WordNet 3.0 (no annotated corpus): word class, lemma, how likely\n")
                .append("# the word names an event (0..1), its usual TimeML class. See EventLexicon and FitEventsCommand.\n")
                .append("#\n")
                .append("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n")
                .append("# THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR\n")
                .append("# WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO\n")
                .append("# REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE\n")
                .append("# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,\n")
                .append("# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. (WordNet 3.0 licence: use, copy, modify and distribute for any\n")
                .append("# purpose without fee, with this notice; https://wordnet.princeton.edu/license-and-commercial-use)\n");
        lines.values().forEach(l -> b.append(l).append('\n'));
        try {
            Files.writeString(output, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("fit-events: cannot write " + output + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        out.println("fit-events: " + lines.size() + " entries from WordNet in " + dir + " written to " + output);
        return 0;
    }

    /**
     * Whether an entry decides otherwise than the lexicon without it (so that entries that change nothing are left out):
     * at the noun threshold or, for a noun, at the lower rate from which its use can make it an event ("held talks").
     */
    static boolean changesTheDecision(Pos pos, String lemma, double rate, EventClass c) {
        EventLexicon none = EventLexicon.empty();
        boolean event = rate >= (pos == Pos.NOUN ? EventLexicon.NOUN_THRESHOLD : EventLexicon.THRESHOLD);
        boolean byUse = rate >= EventLexicon.THRESHOLD;
        return event != none.isEvent(pos, lemma) || byUse != none.rate(pos, lemma) >= EventLexicon.THRESHOLD
                || (event || byUse) && c != none.eventClass(pos, lemma);
    }

    /** Synset offset → lexicographer file number, from a {@code data.*} file. */
    static Map<String, Integer> lexFiles(Path data) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.startsWith("  ") || line.isBlank()) {
                continue; // the licence at the top of the file
            }
            String[] f = line.split(" ", 3);
            out.put(f[0], Integer.parseInt(f[1]));
        }
        return out;
    }

    /** How often each sense was tagged: {@code lemma%SS_TYPE#SENSE_NUMBER} → count, from {@code cntlist.rev}. */
    static Map<String, Integer> tagCounts(Path cntlist) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (String line : Files.readAllLines(cntlist, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            if (f.length != 3) {
                continue;
            }
            int pct = f[0].indexOf('%');
            String key = f[0].substring(0, pct) + "%" + f[0].charAt(pct + 1) + "#" + f[1];
            out.merge(key, Integer.parseInt(f[2]), Integer::sum);
        }
        return out;
    }

    /** The noun synsets with a derivational pointer ({@code +}) to a verb, from {@code data.noun}. */
    static java.util.Set<String> derivedFromVerbs(Path data) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.startsWith("  ") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            int words = Integer.parseInt(f[3], 16);
            int at = 4 + 2 * words;
            int pointers = Integer.parseInt(f[at]);
            for (int p = 0; p < pointers; p++) {
                int k = at + 1 + 4 * p;
                if (f[k].equals("+") && f[k + 2].equals("v")) {
                    out.add(f[0]);
                    break;
                }
            }
        }
        return out;
    }

    /** Lemma → its synset offsets, most frequent sense first, from an {@code index.*} file; single words only. */
    static Map<String, List<String>> senses(Path index) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (line.startsWith("  ") || line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split(" ");
            String lemma = f[0];
            if (lemma.contains("_") || !lemma.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
                continue;
            }
            int synsets = Integer.parseInt(f[2]);
            int pointers = Integer.parseInt(f[3]);
            int first = 4 + pointers + 2; // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
            out.put(lemma, List.of(f).subList(first, first + synsets));
        }
        return out;
    }
}
