package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.uima.annotator.alllanguagestokenizer.AllLanguagesTokenizer;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;

class HeidelTimeTokenizerTest {

    /** Texts that take the tokenizer through its branches: punctuation, clitics, tags, odd spaces, abbreviations. */
    private static final List<String> ODD = List.of(
            "The council said on Monday that it would \"vote last week \"he told ( \u201Cvote\u201D ' said\" (Tuesday).",
            "U.S.A. and the U.K. met... at 10:30 p.m.; then--after a pause--they left!Why? Because.",
            "l'homme d'affaires qu'il a vu, dell'anno, don't, they're, we've, I'd, he'll, dis-moi, y a-t-il",
            "<p>On <b>12 March 2021</b>,\u00A0the\u2009vote\u3000took place.</p>\n\n<br/>Next line\r\nand\tthe tab.",
            ". A text that starts with a full stop, then goes on. And on.",
            "\"Quoted.\" 'Single.' \u00BBGuillemets.\u00AB It ended in 1999. In 2000 A. Smith came.",
            "Prices rose 3.5% to $12,000 (from $9,000) in Q3 2012: a record. -- See also: \u2014 dashes \u2013 ranges.",
            "...", "", " ", "a", "?!", "\u201C\u201D", "(((((", "--", "end.", "Mon<b>day</b> Tue<i>s</i>day");

    @Test
    void findsTheSameTokensAndSentencesAsHeidelTimesOwnTokenizer() throws Exception {
        HeidelTimeTagger.installConfiguration();
        HeidelTimeEngine engine = HeidelTimeTagger.build(Language.ENGLISH, DocumentType.NARRATIVES);
        List<String> texts = new ArrayList<>(ODD);
        for (String folder : List.of("putin-beijing", "bad-input")) {
            try (Stream<Path> files = Files.list(Path.of("..", "fixtures", folder))) {
                for (Path p : files.filter(f -> f.toString().matches(".*\\.(txt|html)$")).sorted().toList()) {
                    String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
                    // the first 20,000 characters: the original takes seconds over a page of dates
                    text = text.substring(0, Math.min(text.length(), 20_000));
                    texts.add(text);
                    texts.add(TriggerWindows.of(text).text());
                }
            }
        }
        int tokens = 0;
        for (String text : texts) {
            JCas theirs = engine.document(text);
            try {
                new AllLanguagesTokenizer().process(theirs);
            } catch (Exception e) {
                // HeidelTime's standalone API catches what its tokenizer throws and goes on
            }
            JCas ours = engine.document(text);
            HeidelTimeTokenizer.process(ours);
            assertThat(spans(ours, Token.type)).as("tokens of \"%s\"", text).isEqualTo(spans(theirs, Token.type));
            assertThat(spans(ours, Sentence.type)).as("sentences of \"%s\"", text).isEqualTo(spans(theirs, Sentence.type));
            tokens += spans(ours, Token.type).size();
        }
        assertThat(tokens).isGreaterThan(4000);
    }

    private static List<String> spans(JCas jcas, int type) {
        List<String> out = new ArrayList<>();
        FSIterator<?> it = jcas.getAnnotationIndex(type).iterator();
        while (it.hasNext()) {
            Annotation a = (Annotation) it.next();
            out.add(a.getBegin() + "-" + a.getEnd());
        }
        return out;
    }

    @Test
    void theTaggerRunsWithItAndStillDatesASentence() {
        HeidelTimeTagger tagger = new HeidelTimeTagger();
        assertThat(tagger.tag("The vote took place on 12 March 2021.", java.util.Optional.empty()))
                .extracting(TaggedSpan::value).contains("2021-03-12");
    }
}
