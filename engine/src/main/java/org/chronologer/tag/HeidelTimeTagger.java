package org.chronologer.tag;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.ResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.chronologer.text.TimeBudget;

/**
 * HeidelTime (English unless told otherwise, no POS tagger, no external binary), built through its UIMA standalone API
 * and run by {@link HeidelTimeEngine}.
 *
 * <p>News document type when the publication date is known, narrative type when not. Timexes are read
 * straight from the JCas. Each instance holds two HeidelTime engines (built on first use); it is not
 * thread-safe, but instances may run side by side on different threads. Building the first instance installs HeidelTime's configuration from the classpath.
 *
 * <p>{@link #forLanguage} gives a tagger with HeidelTime's rules for another language (German, French, Spanish,
 * Italian, Dutch, Portuguese), which reads the whole text (the {@link TriggerWindows} are built on the English rules).
 */
public final class HeidelTimeTagger implements TemporalTagger {

    public static final String NAME = "heideltime";
    private static final String CONFIG = "/org/chronologer/tag/heideltime.props";
    private static final String PROBE = "The meeting was held on 12 March 2021.";
    private static final Object CONFIG_LOCK = new Object();
    /**
     * HeidelTime's and UIMA's loggers, quietened: held here, since java.util.logging keeps only weak references to its
     * loggers, and a logger collected as garbage comes back at its default level (floods of log lines were seen).
     */
    private static final List<Logger> QUIET_LOGGERS = java.util.stream.Stream.of("HeidelTimeStandalone",
            "de.unihd.dbs.uima.annotator.heideltime.HeidelTime", "HeidelTime", "JCasFactoryImpl", "UimaContextImpl",
            "AllLanguagesTokenizerWrapper").map(Logger::getLogger).toList();

    /** The languages other than English a tagger can be made for, by ISO 639-1 code, with a sentence each that dates 12 March 2021. */
    private static final Map<String, Language> LANGUAGES = Map.of("de", Language.GERMAN, "fr", Language.FRENCH, "es", Language.SPANISH,
            "it", Language.ITALIAN, "nl", Language.DUTCH, "pt", Language.PORTUGUESE);
    private static final Map<String, String> PROBES = Map.of("de", "Die Sitzung fand am 12. März 2021 statt.",
            "fr", "La réunion a eu lieu le 12 mars 2021.", "es", "La reunión se celebró el 12 de marzo de 2021.",
            "it", "La riunione si è tenuta il 12 marzo 2021.", "nl", "De vergadering vond plaats op 12 maart 2021.",
            "pt", "A reunião foi realizada em 12 de março de 2021.");

    private final Language language;
    private final boolean windows;
    private HeidelTimeEngine news;
    private HeidelTimeEngine narrative;

    /**
     * A tagger that runs HeidelTime on the {@link TriggerWindows} of each text only, checked on a known sentence;
     * throws if HeidelTime fails.
     */
    public HeidelTimeTagger() {
        this(true);
    }

    /**
     * A tagger checked on a known sentence; with {@code windows}, HeidelTime sees only the {@link TriggerWindows}
     * of each text, else the whole text as HeidelTime alone would (for comparisons).
     */
    public HeidelTimeTagger(boolean windows) {
        this(Language.ENGLISH, windows, PROBE);
    }

    private HeidelTimeTagger(Language language, boolean windows, String probeSentence) {
        this.language = language;
        this.windows = windows;
        installConfiguration();
        List<TaggedSpan> probe = tag(probeSentence, Optional.of(LocalDate.of(2021, 3, 13)));
        if (probe.stream().noneMatch(s -> s.value().equals("2021-03-12"))) {
            throw new TaggerException("HeidelTime failed its start-up check: it found " + probe + " in \"" + probeSentence
                    + "\"; see the log above for its own error");
        }
    }

    /**
     * A tagger with HeidelTime's rules for the language of an ISO 639-1 code ({@code de}, {@code fr}, ...; {@code en}
     * gives the English tagger), checked on a known sentence; empty for a language HeidelTime has no rules for here.
     */
    public static Optional<HeidelTimeTagger> forLanguage(String code) {
        Objects.requireNonNull(code, "code");
        if (code.equals("en")) {
            return Optional.of(new HeidelTimeTagger());
        }
        Language l = LANGUAGES.get(code);
        return l == null ? Optional.empty() : Optional.of(new HeidelTimeTagger(l, false, PROBES.get(code)));
    }

    /** Whether {@link #forLanguage} makes a tagger for the language of this ISO 639-1 code. */
    public static boolean reads(String code) {
        return code.equals("en") || LANGUAGES.containsKey(code);
    }

    /** Installs HeidelTime's configuration once per JVM, from our classpath resource. */
    static void installConfiguration() {
        synchronized (CONFIG_LOCK) {
            if (Config.isInitialized()) {
                return;
            }
            for (Logger logger : QUIET_LOGGERS) {
                logger.setLevel(Level.SEVERE);
            }
            Properties props = new Properties();
            try (InputStream in = HeidelTimeTagger.class.getResourceAsStream(CONFIG)) {
                if (in == null) {
                    throw new TaggerException("HeidelTime configuration " + CONFIG + " is missing from the classpath");
                }
                props.load(in);
            } catch (IOException e) {
                throw new TaggerException("cannot read HeidelTime configuration " + CONFIG, e);
            }
            Config.setProps(props);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TaggedSpan> tag(String text, Optional<LocalDate> published) {
        if (text.isBlank()) {
            return List.of();
        }
        // the covered texts, values and rules of the text's spans, each kept once: HeidelTime gives every span strings of
        // its own, and a long text repeats a few of them thousands of times
        Map<String, String> strings = new HashMap<>();
        if (!windows) {
            return tagDocument(text, null, published, strings);
        }
        List<TaggedSpan> out = new ArrayList<>();
        for (TriggerWindows part : TriggerWindows.of(text).parts()) {
            TimeBudget.check();
            out.addAll(tagDocument(part.text(), part, published, strings));
        }
        return out;
    }

    /**
     * HeidelTime's spans in one document: {@code given}, the compact text of {@code compact} when it is not null; their
     * strings are those of {@code strings} when equal to one.
     */
    private List<TaggedSpan> tagDocument(String given, TriggerWindows compact, Optional<LocalDate> published, Map<String, String> strings) {
        if (given.isBlank()) {
            return List.of();
        }
        Collector collector = new Collector(given, compact, strings);
        try {
            if (published.isPresent()) {
                // HeidelTime formats the DCT in the JVM's default zone: start of day in that zone keeps the day.
                Date dct = Date.from(published.get().atStartOfDay(ZoneId.systemDefault()).toInstant());
                engine(DocumentType.NEWS).process(given, dct, collector);
            } else {
                engine(DocumentType.NARRATIVES).process(given, null, collector);
            }
        } catch (Exception e) {
            throw new TaggerException("HeidelTime failed: " + e, e);
        }
        return collector.spans;
    }

    private HeidelTimeEngine engine(DocumentType type) {
        if (type == DocumentType.NEWS) {
            if (news == null) {
                news = build(language, type);
            }
            return news;
        }
        if (narrative == null) {
            narrative = build(language, type);
        }
        return narrative;
    }

    /** Builds an engine; one at a time, since HeidelTime's resource managers are shared singletons (one per language). */
    static HeidelTimeEngine build(Language language, DocumentType type) {
        installConfiguration();
        synchronized (CONFIG_LOCK) {
            HeidelTimeStandalone standalone =
                    new HeidelTimeStandalone(language, type, OutputType.TIMEML, null, POSTagger.NO, false);
            // checked against HeidelTime without them on English news only (see RuleChecks)
            RuleChecks.Gate gate = language == Language.ENGLISH
                    ? RuleChecks.install(RuleManager.getInstance(language, false)) : null;
            return new HeidelTimeEngine(standalone, gate);
        }
    }

    /** Reads the Timex3 annotations of a processed JCas. */
    private static final class Collector implements ResultFormatter {
        private final String text;
        private final TriggerWindows windows;
        private final Map<String, String> strings;
        private final List<TaggedSpan> spans = new ArrayList<>();

        /**
         * Reads timexes found in {@code text}, the windows' compact text when {@code windows} is not null, keeping in
         * {@code strings} one of each string they hold.
         */
        Collector(String text, TriggerWindows windows, Map<String, String> strings) {
            this.text = text;
            this.windows = windows;
            this.strings = strings;
        }

        private String shared(String s) {
            return strings.computeIfAbsent(s, x -> x);
        }

        @Override
        public String format(JCas jcas) {
            FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
            while (it.hasNext()) {
                Timex3 t = (Timex3) it.next();
                int begin = t.getBegin();
                int end = t.getEnd();
                if (begin < 0 || end > text.length() || begin >= end) {
                    continue;
                }
                String mod = t.getTimexMod();
                String covered = shared(text.substring(begin, end));
                if (windows != null) {
                    int[] original = windows.toOriginal(begin, end);
                    if (original == null) {
                        continue;
                    }
                    begin = original[0];
                    end = original[1];
                }
                spans.add(new TaggedSpan(begin, end, covered, TimexType.parse(t.getTimexType()),
                        t.getTimexValue() == null ? "" : shared(t.getTimexValue()),
                        mod == null || mod.isBlank() ? Optional.empty() : Optional.of(mod),
                        NAME, t.getFoundByRule() == null ? "" : shared(t.getFoundByRule())));
            }
            return "";
        }
    }
}
