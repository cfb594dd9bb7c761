package org.chronologer.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English irregular verbs ({@code irregular-verbs.tsv}: base, simple past, past participle): the base of a past form the
 * statistical lemmatiser leaves as it is ("shook", "fled"), and the verbs whose simple past is their base ("read", "cut",
 * "broadcast"), whose tense only the subject tells ("the opinion read" is past: the present would be "reads").
 */
public final class IrregularVerbs {

    private static final Map<String, String> BASE_OF_PAST;
    private static final Set<String> PAST_IS_BASE;
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "it");

    static {
        Map<String, String> pastToBase = new HashMap<>();
        Set<String> bases = new HashSet<>();
        Set<String> same = new HashSet<>();
        try (InputStream in = IrregularVerbs.class.getResourceAsStream("irregular-verbs.tsv")) {
            if (in == null) {
                throw new IllegalStateException("irregular-verbs.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("irregular-verbs.tsv: not base, past, participle: " + line);
                }
                bases.add(f[0]);
                for (String form : f[1].split("\\|")) {
                    pastToBase.putIfAbsent(form, f[0]);
                    if (form.equals(f[0])) {
                        same.add(f[0]);
                    }
                }
                for (String form : f[2].split("\\|")) {
                    pastToBase.putIfAbsent(form, f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pastToBase.keySet().removeAll(bases); // "lay", "found" as bases of their own stay as they are
        BASE_OF_PAST = Map.copyOf(pastToBase);
        PAST_IS_BASE = Set.copyOf(same);
    }

    private IrregularVerbs() {
    }

    /** The base of an irregular past form or participle (lower case) that is not itself a base: "shook" is "shake". */
    public static Optional<String> baseOf(String form) {
        return Optional.ofNullable(BASE_OF_PAST.get(form));
    }

    /** Whether a verb's simple past is its base ("read", "cut", "put", "broadcast"). */
    public static boolean pastIsBase(String base) {
        return PAST_IS_BASE.contains(base);
    }

    /**
     * Whether word {@code i} of a sentence, a verb in its base form whose simple past is that form, is told in the past:
     * its subject, right before it (adverbs passed over), is a name, a singular noun, "he", "she" or "it", for which the
     * present would end in -s ("the opinion read", "state television broadcast footage").
     */
    public static boolean pastBySubject(List<TaggedSentence.Word> w, int i) {
        TaggedSentence.Word verb = w.get(i);
        if (!verb.lower().equals(verb.lemma()) || !pastIsBase(verb.lemma())) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && w.get(j).pos().equals("ADV")) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        TaggedSentence.Word s = w.get(j);
        return s.pos().equals("PROPN") || s.pos().equals("NOUN") && s.lemma().equals(s.lower()) && !s.lower().endsWith("s")
                || s.pos().equals("PRON") && SINGULAR_PRONOUNS.contains(s.lower());
    }
}
