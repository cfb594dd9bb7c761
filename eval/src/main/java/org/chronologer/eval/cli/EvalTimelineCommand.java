package org.chronologer.eval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronologer.ChronologyBuilder;
import org.chronologer.eval.CatDocument.Token;
import org.chronologer.eval.CatDocument;
import org.chronologer.eval.TimelineScore.Line;
import org.chronologer.eval.TimelineScore.Result;
import org.chronologer.eval.TimelineScore.Timeline;
import org.chronologer.eval.TimelineScore;
import org.chronologer.episode.About;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.knowledge.KnowledgeBase;
import org.chronologer.model.Chronology;
import org.chronologer.model.Event;
import org.chronologer.model.PublicationEstimate;
import org.chronologer.read.Article;
import org.chronologer.write.SemEvalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chronologer eval-timeline}: cross-document timelines scored the SemEval-2015 Task 4 way (Track A, from
 * raw text) on the task's trial data.
 *
 * <p>The CAT documents are rendered as text ({@link CatDocument#text()}: one sentence a line) and given to
 * {@link ChronologyBuilder} together, each with its document creation time declared unless {@code --hide-dates}
 * (which also drops the line that only repeats that date). For each gold timeline the system timeline of its
 * target entity is then:
 * <ul>
 *   <li><b>Events</b>: each telling of the chronology's events whose clause ({@code --scope sentence}: sentence) in
 *       its CAT document names the entity, or whose event concerns it ({@link About}: its participants, a "he" or
 *       "she" standing for the name told before, or its clause name it; not with {@code --clause-only}), when the
 *       event has a time that is not only its tense against the publication moment.</li>
 *   <li><b>Order and anchors</b>: sorted by (earliest, latest) day; the ordinal is the rank of the distinct
 *       (earliest, latest) intervals from 1, so events with the same interval share it; the anchor is the
 *       {@code YYYY-MM-DD} day of {@link Event#when()} when it has one, else the value itself
 *       ({@code 2008-06}, {@code 2006}).</li>
 *   <li><b>Event ids</b> ({@code docid-sentence-word}, the gold's format): the CAT token at the telling's event
 *       word; an id already used by an earlier line of the same timeline is not repeated.</li>
 * </ul>
 * The gold event mentions in the CAT files are never read.
 */
@Command(name = "eval-timeline", mixinStandardHelpOptions = true,
        description = {"Builds one timeline per target entity from the SemEval-2015 Task 4 trial documents under DIR "
                + "and scores them against the gold timelines (temporal awareness, micro-averaged; Track A, raw text).",
                "DIR is the trial-data folder: it holds the CAT documents (Corpus-trial-data_task4/) and the gold "
                        + "timelines (TimeLines_trial_data_task4_v1.2/). Files are read, never changed or copied."})
public final class EvalTimelineCommand implements Callable<Integer> {

    static final String NAME = "eval-timeline";
    /** The published reference figures (SemEval-2015 Task 4 evaluation corpora, Minard et al. 2015). */
    static final String REFERENCE = "Published reference (Minard et al., SemEval-2015 Task 4, on the task's evaluation "
            + "corpora, not this trial set): best Track A (raw text) micro F1 7.85; best Track B (gold event mentions) 25.4.";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The trial-data folder (holding the CAT documents and the gold timelines).")
    Path dir;

    @Option(names = "--hide-dates", description = "Do not declare the documents' creation times, and drop the line that only repeats that date.")
    boolean hideDates;

    @Option(names = "--corpus", paramLabel = "SUBDIR", description = "Folder of CAT .xml documents, relative to DIR (default: Corpus-trial-data_task4, else corpus_TrackA_CAT).")
    Path corpus;

    @Option(names = "--gold", paramLabel = "SUBDIR", description = "Folder of gold timeline .txt files, relative to DIR (default: the folder whose name starts with TimeLines).")
    Path gold;

    @Option(names = "--scope", paramLabel = "clause|sentence", defaultValue = "clause", description = "Where an event must name the target entity: its clause (default) or its whole sentence.")
    String scope;

    @Option(names = "--clause-only", description = "An event concerns the entity only when its clause names it (not through the "
            + "event's participants: a name its other tellings give, or a \"he\" or \"she\" standing for it).")
    boolean clauseOnly;

    @Option(names = "--out", paramLabel = "FOLDER", description = "Also write the system timelines there, one file per gold timeline with the same name, in the task's format.")
    Path out;

    @Option(names = "--details", description = "Print each document's publication day (creation time, best day, window, confidence) and each system timeline, marking the events that are gold events, with the clause that dated it.")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!scope.equals("clause") && !scope.equals("sentence")) {
            err.println(NAME + ": --scope must be clause or sentence, not " + scope);
            return DevMain.EXIT_BAD_INPUT;
        }
        if (!Files.isDirectory(dir)) {
            err.println(NAME + ": " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist"));
            return DevMain.EXIT_BAD_INPUT;
        }
        Path corpusDir = corpus != null ? dir.resolve(corpus) : firstExisting(dir, "Corpus-trial-data_task4", "corpus_TrackA_CAT");
        Path goldDir = gold != null ? dir.resolve(gold) : timelinesFolder(dir);
        if (corpusDir == null || !Files.isDirectory(corpusDir)) {
            err.println(NAME + ": no CAT corpus folder " + (corpusDir == null ? "(Corpus-trial-data_task4/) under " + dir : corpusDir));
            return DevMain.EXIT_BAD_INPUT;
        }
        if (goldDir == null || !Files.isDirectory(goldDir)) {
            err.println(NAME + ": no gold timeline folder " + (goldDir == null ? "(TimeLines*/) under " + dir : goldDir));
            return DevMain.EXIT_BAD_INPUT;
        }
        if (out != null && out.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            err.println(NAME + ": --out " + out + " is inside " + dir + "; the evaluation data is never written to");
            return DevMain.EXIT_BAD_INPUT;
        }
        List<Path> docFiles;
        List<Path> goldFiles;
        try {
            docFiles = list(corpusDir, ".xml");
            goldFiles = list(goldDir, ".txt");
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + ": cannot list " + dir + ": " + e.getMessage());
            return DevMain.EXIT_BAD_INPUT;
        }
        if (docFiles.isEmpty()) {
            err.println(NAME + ": no .xml CAT document in " + corpusDir);
            return DevMain.EXIT_BAD_INPUT;
        }
        if (goldFiles.isEmpty()) {
            err.println(NAME + ": no .txt gold timeline in " + goldDir);
            return DevMain.EXIT_BAD_INPUT;
        }

        Map<String, CatDocument> docs = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        int dateLinesDropped = 0;
        for (Path f : docFiles) {
            CatDocument d;
            try {
                d = CatDocument.read(f);
            } catch (IOException e) {
                err.println(NAME + ": cannot read " + f + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println(NAME + ": " + f + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            }
            if (hideDates) {
                CatDocument stripped = d.withoutDateLine();
                if (!stripped.text().equals(d.text())) {
                    dateLinesDropped++;
                }
                d = stripped;
            }
            if (docs.putIfAbsent(d.id(), d) != null) {
                err.println(NAME + ": " + f + ": document id " + d.id() + " is used twice");
                return DevMain.EXIT_BAD_INPUT;
            }
            Article a = Article.of(d.id(), d.text()).withSource(f.toString());
            if (!hideDates && d.dct().isPresent()) {
                a = a.withDeclared(d.dct().get());
            }
            articles.add(a);
        }
        Map<String, Timeline> golds = new LinkedHashMap<>();
        for (Path f : goldFiles) {
            try {
                golds.put(f.getFileName().toString(), Timeline.read(f));
            } catch (IOException e) {
                err.println(NAME + ": cannot read " + f + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println(NAME + ": " + f + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            }
        }

        long t0 = System.nanoTime();
        Chronology chronology;
        try (MentionExtractor extractor = new MentionExtractor()) {
            chronology = new ChronologyBuilder(extractor, KnowledgeBase.defaults()).build(articles, List.of());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        TimelineScore score = new TimelineScore();
        Map<String, Timeline> systems = new LinkedHashMap<>();
        Map<String, List<Explained>> explanations = new LinkedHashMap<>();
        for (Map.Entry<String, Timeline> g : golds.entrySet()) {
            List<Explained> lines = new ArrayList<>();
            Timeline sys = systemTimeline(g.getValue().entity(), chronology, docs, scope.equals("sentence"), !clauseOnly, lines);
            systems.put(g.getKey(), sys);
            explanations.put(g.getKey(), lines);
            score.add(g.getKey(), g.getValue(), sys);
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
                for (Map.Entry<String, Timeline> s : systems.entrySet()) {
                    Files.writeString(out.resolve(s.getKey()), s.getValue().format(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                err.println(NAME + ": cannot write " + out + ": " + e.getMessage());
                return DevMain.EXIT_BAD_INPUT;
            }
        }

        o.printf(Locale.ROOT, "SemEval-2015 Task 4 timelines (Track A, raw text) on %s: %d document(s), %d gold timeline(s); %s; "
                        + "entity named in the event's %s%n", dir, docs.size(), golds.size(),
                hideDates ? "creation times hidden, " + dateLinesDropped + " date line(s) dropped" : "creation times declared", scope);
        o.printf(Locale.ROOT, "chronology: %d event(s), %d conflict(s), built in %.1f s%n", chronology.events().size(),
                chronology.conflicts().size(), seconds);
        o.println();
        o.print(score.format());
        o.println();
        o.printf(Locale.ROOT, "Micro temporal awareness: F1 %.2f  P %.2f  R %.2f%n", 100 * score.f1(), 100 * score.precision(),
                100 * score.recall());
        o.println(REFERENCE);
        o.println("F1/P/R in %; relations: verified / reduced-graph size (violations included); events: system / gold / "
                + "system events that are gold events. Gold lines with ordinal 0 are not scored.");
        if (details) {
            o.println();
            o.println("publication days (document, creation time, best day, window, confidence, a guess?):");
            for (Chronology.Entry a : chronology.articles()) {
                PublicationEstimate p = a.published();
                CatDocument d = docs.get(a.id());
                o.printf(Locale.ROOT, "%s\t%s\t%s\t%s..%s\t%.2f\t%s%n", a.id(),
                        d == null ? "-" : d.dct().map(LocalDate::toString).orElse("-"), p.best(), p.earliest(), p.latest(),
                        p.confidence(), p.guess() ? "guess" : "");
            }
            for (Map.Entry<String, List<Explained>> e : explanations.entrySet()) {
                Set<String> goldEvents = new HashSet<>(golds.get(e.getKey()).scoredEvents());
                o.println();
                o.println(e.getKey() + " (" + golds.get(e.getKey()).entity() + "):");
                for (Explained x : e.getValue()) {
                    StringBuilder b = new StringBuilder();
                    b.append(x.line().ordinal()).append('\t').append(x.line().date());
                    for (String id : x.line().events()) {
                        b.append('\t').append(goldEvents.contains(id) ? "*" : "").append(id);
                    }
                    b.append("\t| ").append(x.clause());
                    o.println(b);
                }
            }
        }
        o.flush();
        return 0;
    }

    /** A system timeline line and the clause it came from (for --details). */
    record Explained(Line line, String clause) {
    }

    // ---------------------------------------------------------------- the system timeline of one entity

    /**
     * The system timeline of an entity over the chronology's events: every telling whose clause (or sentence) in its
     * CAT document names the entity, or whose event concerns it ({@link About}), placed at its event's time; events
     * with no time, placed only by their tense against the publication moment, or dated by an expression counted from a
     * publication day that is a guess ({@link SemEvalWriter#guessedDays}), are left out (the day they would get is a guess). The id
     * is the CAT token of the event word.
     */
    static Timeline systemTimeline(String entity, Chronology chronology, Map<String, CatDocument> docs, boolean wholeSentence,
                                   boolean participants, List<Explained> explained) {
        About about = About.of(entity);
        List<Pattern> aliases = about.aliases();
        record Placed(LocalDate earliest, LocalDate latest, String anchor, String id, String clause) {
        }
        List<Placed> placed = new ArrayList<>();
        Set<String> onAGuess = SemEvalWriter.guessedDays(chronology);
        for (Event e : chronology.events()) {
            for (Event.Source s : e.sources()) {
                CatDocument d = docs.get(s.article());
                if (d == null) {
                    continue;
                }
                Optional<Token> at = d.tokenAt(s.start());
                if (at.isEmpty()) {
                    continue;
                }
                List<Token> sentence = d.sentence(at.get().sentence());
                int sStart = sentence.get(0).start();
                int sEnd = sentence.get(sentence.size() - 1).end();
                int[] span = wholeSentence ? new int[] {sStart, sEnd} : clauseSpan(d.text(), sStart, sEnd, "", s.start(), s.end());
                String where = d.text().substring(span[0], span[1]);
                if (aliases.stream().noneMatch(p -> p.matcher(where).find()) && !(participants && about.concerns(e))) {
                    continue;
                }
                if (aliases.stream().anyMatch(p -> { Matcher m = p.matcher(d.text().substring(s.start(), s.end())); return m.find(); })) {
                    continue; // the entity's own name is not an event of its timeline
                }
                LocalDate from;
                LocalDate to;
                String anchor;
                if (e.when().isEmpty() || e.anchor().kind() == Event.Anchor.Kind.PUBLICATION) {
                    continue; // placed by tense against the publication only, or by nothing: no time to put it at
                }
                if (SemEvalWriter.datedOnAGuess(e, onAGuess)) {
                    continue; // dated by an expression counted from a publication day that is a guess: as good as a guess
                }
                from = e.when().get().earliest();
                to = e.when().get().latest();
                anchor = anchor(e.when().get().value());
                placed.add(new Placed(from, to, anchor, d.id() + "-" + at.get().sentence() + "-" + at.get().text(), where));
            }
        }
        placed.sort(Comparator.comparing(Placed::earliest).thenComparing(Placed::latest));
        List<Line> lines = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int ordinal = 0;
        LocalDate[] previous = null;
        for (Placed p : placed) {
            if (previous == null || !previous[0].equals(p.earliest()) || !previous[1].equals(p.latest())) {
                ordinal++;
                previous = new LocalDate[] {p.earliest(), p.latest()};
            }
            if (!used.add(p.id())) {
                continue;
            }
            Line line = new Line(ordinal, p.anchor(), List.of(p.id()));
            lines.add(line);
            explained.add(new Explained(line, p.clause()));
        }
        return new Timeline(entity, lines);
    }

    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    /** The time anchor: the day of a day-granular value, else the value. */
    static String anchor(String when) {
        Matcher m = DAY.matcher(when);
        return m.find() ? m.group(1) : when;
    }

    // ---------------------------------------------------------------- from a telling to a docid-sentence-word id

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "for", "with", "by", "to",
            "from", "and", "or", "but", "as", "its", "it", "his", "her", "their", "they", "he", "she", "we", "i", "you",
            "this", "that", "these", "those", "which", "who", "whom", "whose", "than", "then", "also", "not", "no",
            "new", "yesterday", "today", "tomorrow", "ago", "last", "next", "earlier", "later", "now", "about", "after",
            "before", "since", "until", "while", "during", "into", "over", "under", "up", "down", "out", "off", "more",
            "most", "less", "all", "some", "any", "each", "other", "such", "only", "just", "so", "very", "there",
            "here", "when", "where", "what", "how", "why", "if", "both", "either", "neither", "per", "via", "among",
            "according", "including", "following", "years", "days", "months", "weeks", "hours", "minutes", "times",
            "news", "series", "us", "was", "is", "are", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "one", "two",
            "three", "first", "second", "third", "year", "day", "month", "week", "time", "morning", "evening",
            "night", "week's", "year's", "mr.", "ms.", "mrs.", "dr.");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "am");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "to", "'ll", "wo", "ca");
    private static final Set<String> VERBS = Set.of("said", "says", "say", "made", "makes", "make", "sold", "sells",
            "sell", "bought", "buys", "buy", "built", "builds", "began", "begins", "begun", "won", "wins", "lost", "loses",
            "took", "takes", "taken", "gave", "gives", "given", "went", "goes", "gone", "came", "comes", "become",
            "became", "becomes", "held", "holds", "left", "leaves", "led", "leads", "met", "meets", "paid", "pays", "ran",
            "runs", "saw", "sees", "seen", "sent", "sends", "set", "told", "tells", "thought", "found", "finds", "got",
            "gets", "grew", "grows", "grown", "fell", "falls", "rose", "rises", "spent", "spends", "brought", "brings",
            "chose", "chosen", "wrote", "writes", "written", "spoke", "spoken", "shown", "known", "knew", "hit", "cut",
            "put", "quit", "born", "died", "dies", "unveil", "unveils", "launch", "launches", "release", "releases",
            "announce", "announces", "introduce", "introduces", "sue", "sues", "file", "files", "win", "lose");

    /** The {@code docid-sentence-word} id of one telling of an event, if a word can be chosen. */
    static Optional<String> eventId(CatDocument doc, String clause, Event.Source source, List<Pattern> aliases) {
        Optional<Token> at = doc.tokenAt(source.start());
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int sentenceNumber = at.get().sentence();
        List<Token> sentence = doc.sentence(sentenceNumber);
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        int sStart = sentence.get(0).start();
        int sEnd = sentence.get(sentence.size() - 1).end();
        int[] span = clauseSpan(doc.text(), sStart, sEnd, clause, source.start(), source.end());
        List<Token> tokens = new ArrayList<>();
        for (Token t : sentence) {
            if (t.start() >= span[0] && t.end() <= span[1]) {
                tokens.add(t);
            }
        }
        Set<Integer> entityTokens = new HashSet<>();
        String sentenceText = doc.text().substring(sStart, sEnd);
        for (Pattern p : aliases) {
            Matcher m = p.matcher(sentenceText);
            while (m.find()) {
                for (Token t : doc.tokensIn(sStart + m.start(), sStart + m.end())) {
                    entityTokens.add(t.id());
                }
            }
        }
        Set<Integer> excluded = new HashSet<>(entityTokens);
        for (Token t : doc.tokensIn(source.start(), source.end())) {
            excluded.add(t.id());
        }
        int anchorAt = -1; // the entity's first token in the clause, else the dating mention's first token
        for (int i = 0; i < tokens.size() && anchorAt < 0; i++) {
            if (entityTokens.contains(tokens.get(i).id())) {
                anchorAt = i;
            }
        }
        for (int i = 0; i < tokens.size() && anchorAt < 0; i++) {
            if (tokens.get(i).end() > source.start() && tokens.get(i).start() < source.end()) {
                anchorAt = i;
            }
        }
        Token word = chooseWord(tokens, excluded, Math.max(anchorAt, 0));
        if (word == null) {
            return Optional.empty();
        }
        return Optional.of(doc.id() + "-" + sentenceNumber + "-" + word.text());
    }

    /**
     * The token that names the event among the clause's tokens: the best-ranked verb-like token (1: a listed
     * irregular verb, a word in -ed, a word after a modal or "to"; 2: a word in -s or -ing; 3: an auxiliary),
     * nearest token {@code anchor} (a later one on a tie); else the first lower-case content word; else null.
     */
    static Token chooseWord(List<Token> tokens, Set<Integer> excluded, int anchor) {
        Token best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (excluded.contains(t.id()) || !isLowerWord(t.text())) {
                continue;
            }
            int rank = rank(tokens, i);
            if (rank == 0) {
                continue;
            }
            int distance = 2 * Math.abs(i - anchor) + (i < anchor ? 1 : 0);
            if (rank < bestRank || (rank == bestRank && distance < bestDistance)) {
                best = t;
                bestRank = rank;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        for (Token t : tokens) {
            if (!excluded.contains(t.id()) && isContentWord(t.text())) {
                return t;
            }
        }
        return null;
    }

    /** 1, 2 or 3 for a verb-like token (see {@link #chooseWord}), 0 for any other. */
    private static int rank(List<Token> tokens, int i) {
        String lw = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (MODALS.contains(lw)) {
            return 0;
        }
        if (AUXILIARIES.contains(lw)) {
            return 3;
        }
        if (STOP.contains(lw)) {
            return 0;
        }
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            String prev = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (MODALS.contains(prev)) {
                return 1;
            }
            if (!(prev.equals("not") || prev.equals("also") || prev.equals("be") || prev.equals("have"))) {
                break;
            }
        }
        if (VERBS.contains(lw) || (lw.length() > 4 && lw.endsWith("ed"))) {
            return 1;
        }
        if (lw.length() > 4 && lw.endsWith("ing")) {
            return 2;
        }
        if (lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss") && !lw.endsWith("us") && !lw.endsWith("is")) {
            return 2;
        }
        return 0;
    }

    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    private static boolean isContentWord(String w) {
        return isLowerWord(w) && !STOP.contains(w.toLowerCase(Locale.ROOT)) && w.length() > 2;
    }

    /**
     * The chars of the event's clause in the sentence {@code [sStart, sEnd)}: the occurrence of the clause text
     * nearest the mention, else the span between the clause breaks around the mention (';', ', ', ' —', ' –'),
     * widened to the sentence when it has fewer than six words.
     */
    static int[] clauseSpan(String text, int sStart, int sEnd, String clause, int mStart, int mEnd) {
        String c = clause.endsWith(" ...") ? clause.substring(0, clause.length() - 4) : clause;
        String sentence = text.substring(sStart, sEnd);
        int best = -1;
        if (!c.isBlank()) {
            for (int i = sentence.indexOf(c); i >= 0; i = sentence.indexOf(c, i + 1)) {
                int from = sStart + i;
                int to = from + c.length();
                if (best < 0 || distance(from, to, mStart) < distance(sStart + best, sStart + best + c.length(), mStart)) {
                    best = i;
                }
            }
        }
        if (best >= 0 && sStart + best <= mEnd && mStart <= sStart + best + c.length()) {
            return new int[] {sStart + best, sStart + best + c.length()};
        }
        int from = sStart;
        for (int i = Math.min(mStart, sEnd) - 1; i > sStart; i--) {
            if (isBreak(text, i)) {
                from = i + 1;
                break;
            }
        }
        int to = sEnd;
        for (int i = Math.max(mEnd, sStart); i < sEnd; i++) {
            if (isBreak(text, i)) {
                to = i;
                break;
            }
        }
        if (text.substring(from, to).trim().split("\\s+").length < 6) {
            return new int[] {sStart, sEnd};
        }
        return new int[] {from, to};
    }

    private static int distance(int from, int to, int at) {
        return at < from ? from - at : at > to ? at - to : 0;
    }

    private static boolean isBreak(String text, int i) {
        char c = text.charAt(i);
        return c == ';' || (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ')
                || ((c == '\u2014' || c == '\u2013') && i > 0 && text.charAt(i - 1) == ' ');
    }

    // ---------------------------------------------------------------- folders

    private static Path firstExisting(Path dir, String... names) {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    private static Path timelinesFolder(Path dir) {
        Path p = firstExisting(dir, "TimeLines_trial_data_task4_v1.2", "TimeLines_Gold_Standard");
        if (p != null) {
            return p;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory)
                    .filter(x -> x.getFileName().toString().startsWith("TimeLines"))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private static List<Path> list(Path folder, String extension) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension))
                    .sorted()
                    .toList();
        }
    }
}
