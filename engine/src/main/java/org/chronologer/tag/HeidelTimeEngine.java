package org.chronologer.tag;

import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.components.JCasFactory;
import de.unihd.dbs.heideltime.standalone.components.ResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.types.heideltime.Dct;
import java.lang.reflect.Field;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Objects;
import org.apache.uima.jcas.JCas;

/**
 * One HeidelTime engine, run the way {@code HeidelTimeStandalone.process} runs it (a document, its creation time
 * when given, tokens and sentences, HeidelTime's annotator, then the formatter), with four differences: one document
 * is emptied and filled again for each text rather than made anew; tokens and sentences come from
 * {@link HeidelTimeTokenizer}, the same ones found without compiling regular expressions for each token; the annotator
 * is shown only the rules the document may match ({@link RuleChecks}); and a failure of the annotator is thrown (the
 * standalone API prints it and formats what was found by then). HeidelTime's standalone API builds the engine (its
 * configuration, type system and annotator); this reads its annotator and document factory from it, HeidelTime
 * 2.2.1's private fields {@code heidelTime} and {@code jcasFactory}. Not thread-safe, like the tagger that holds it.
 */
final class HeidelTimeEngine {

    private final HeidelTime annotator;
    private final JCasFactory documents;
    /** What shows HeidelTime only the rules a document may match (see {@link RuleChecks}), or null: all rules. */
    private final RuleChecks.Gate gate;
    /** The document {@link #process} fills, emptied before each text. */
    private JCas reused;

    /**
     * The engine {@code standalone} was built with, its rules behind {@code gate} (null: none); throws when this version
     * of HeidelTime keeps the engine elsewhere.
     */
    HeidelTimeEngine(HeidelTimeStandalone standalone, RuleChecks.Gate gate) {
        this.annotator = field(standalone, "heidelTime", HeidelTime.class);
        this.documents = field(standalone, "jcasFactory", JCasFactory.class);
        this.gate = gate;
    }

    private static <T> T field(HeidelTimeStandalone standalone, String name, Class<T> type) {
        try {
            Field f = HeidelTimeStandalone.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(Objects.requireNonNull(f.get(standalone), name));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new TaggerException("HeidelTime's standalone API has no " + type.getSimpleName() + " in its field '" + name
                    + "' (HeidelTime 2.2.1 does): " + e, e);
        }
    }

    /** Runs HeidelTime on {@code text}, with {@code creation} as its creation time when not null, and formats it. */
    void process(String text, Date creation, ResultFormatter formatter) throws Exception {
        // one document, emptied for each text: a new one sets up HeidelTime's whole type system again
        if (reused == null) {
            reused = documents.createJCas();
        } else {
            reused.reset();
        }
        JCas jcas = reused;
        jcas.setDocumentText(text);
        if (creation != null) {
            // as the standalone API writes it: in the JVM's default zone
            Dct dct = new Dct(jcas);
            dct.setValue(new SimpleDateFormat("yyyy.MM.dd'T'HH:mm").format(creation));
            dct.addToIndexes();
        }
        HeidelTimeTokenizer.process(jcas);
        if (gate == null) {
            annotator.process(jcas);
        } else {
            gate.during(text, () -> {
                annotator.process(jcas);
                return null;
            });
        }
        formatter.format(jcas);
    }

    /** A new HeidelTime document of {@code text}, with nothing annotated yet (not the one {@link #process} uses). */
    JCas document(String text) throws Exception {
        JCas jcas = documents.createJCas();
        jcas.setDocumentText(text);
        return jcas;
    }
}
