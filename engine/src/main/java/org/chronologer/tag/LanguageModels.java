package org.chronologer.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (Universal Dependencies English Web Treebank, Apache-2.0, from the
 * {@code opennlp-models-*-en} artifacts), loaded from the classpath once per JVM. Models are thread-safe; the
 * taggers made from them are not (see {@link WordTagger}).
 */
final class LanguageModels {

    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private LanguageModels() {
    }

    /** Holder idiom: loaded on first use, once. */
    private static final class Loaded {
        static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(POS, POSModel::new);
        static final LemmatizerModel LEMMATIZER_MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    static TokenizerModel tokens() {
        return Loaded.TOKENIZER_MODEL;
    }

    static POSModel pos() {
        return Loaded.POS_MODEL;
    }

    static LemmatizerModel lemmas() {
        return Loaded.LEMMATIZER_MODEL;
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String name, Reader<M> reader) {
        try (InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }
}
