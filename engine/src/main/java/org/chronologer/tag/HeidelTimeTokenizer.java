package org.chronologer.tag;

import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Token;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;

/**
 * The tokens and sentences HeidelTime reads a text in, as HeidelTime 2.2.1's own {@code AllLanguagesTokenizer} (which
 * its standalone API runs when there is no part-of-speech tagger) finds them, annotation for annotation: a port of that
 * class (GPL-3.0, by the HeidelTime authors) whose regular expressions are compiled once rather than about ten times
 * for every token, which made the tokenizer a quarter of HeidelTime's time on text dense with expressions. Same
 * steps, same order, same quirks: a token the original cannot find again in the text gets its offsets the same way,
 * and where the original fails (a sentence mark as the first of several tokens, a token it could not find again),
 * this stops at the same point, keeping what it added before, as HeidelTime's standalone API does when it catches the
 * original's exception. {@code HeidelTimeTokenizerTest} compares the two on news text and hostile text.
 */
final class HeidelTimeTokenizer {

    private static final String P_CHAR = "\\[¿¡\\{\\(\\`\"‚„†‡‹‘’“”•–—›'";
    private static final String F_CHAR = "\\]\\}\\'\\`\"\\),;:\\!\\?\\%‚„…†‡‰‹‘’“”•–—›";
    private static final String F_CLITIC = "'(s|re|ve|d|m|em|ll)|n't"
            + "|-t-elles?|-t-ils?|-t-on|-ce|-elles?|-ils?|-je|-la|-les?|-leur|-lui|-mmes?|-m'|-moi|-nous|-on|-toi|-tu|-t'|-vous|-en|-y|-ci|-l"
            + "|-la|-las|-lo|-los|-nos";
    private static final String P_CLITIC = "[dD][ae]ll'|[nN]ell'|[Aa]ll'|[lLDd]'|[Ss]ull'|[Qq]uest'|[Uu]n'|[Ss]enz'|[Tt]utt'"
            + "|[dcjlmnstDCJLNMST]'|[Qq]u'|[Jj]usqu'|[Ll]orsqu'";

    private static final Pattern LINE_BREAKS = Pattern.compile("[\r\n\t]");
    private static final Pattern BLANK_IN_TAG = Pattern.compile("(<[^<> ]*) ([^<>]*>)");
    private static final Pattern WHITE = Pattern.compile("[\\u2000-\\u200A \\u202F\\u205F\\u3000\\u00A0\\u1680\\u180E]");
    private static final Pattern MARK_377 = Pattern.compile("\377");
    private static final Pattern MARK_376 = Pattern.compile("\376");
    private static final Pattern TAG = Pattern.compile("(<[^<>]*>)");
    private static final Pattern LEADING_377 = Pattern.compile("^\377");
    private static final Pattern TRAILING_377 = Pattern.compile("\377$");
    private static final Pattern RUN_377 = Pattern.compile("\377\377\377*");
    private static final Pattern WHOLE_TAG = Pattern.compile("^<.*>$");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.");
    private static final Pattern AFTER_MARK = Pattern.compile("([;\\!\\?])([^ ])");
    private static final Pattern AFTER_STOP = Pattern.compile("([.,:])([^ 0-9.])");
    private static final Pattern PRECEDING = Pattern.compile("^([" + P_CHAR + "])(.)");
    private static final Pattern TRAILING = Pattern.compile("(.)([" + F_CHAR + "])$");
    private static final Pattern PERIOD_AFTER = Pattern.compile("([" + F_CHAR + "])\\.$");
    private static final Pattern ABBREVIATION = Pattern.compile("^([A-Za-z-]\\.)+$");
    private static final Pattern FINAL_PERIOD = Pattern.compile("^(..*)\\.$");
    private static final Pattern DASHES = Pattern.compile("^(--)(.)");
    private static final Pattern PRECEDING_CLITIC = Pattern.compile("^(" + P_CLITIC + ")(.)");
    private static final Pattern FOLLOWING_CLITIC = Pattern.compile("(.)(" + F_CLITIC + ")$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.:!\\?]+");
    private static final Pattern DIGITS = Pattern.compile("[\\d]+");
    private static final Pattern INITIAL_AFTER = Pattern.compile(" [A-Z][.-]");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[»’'\"‛”‟›〞』」﹄＂＇｣﹂]+");

    private HeidelTimeTokenizer() {
    }

    /** Adds the text's tokens, then its sentences, to {@code jcas}, as HeidelTime's tokenizer does. */
    static void process(JCas jcas) {
        try {
            tokenize(jcas);
            sentences(jcas);
        } catch (RuntimeException e) {
            // where the original throws, HeidelTime's standalone API catches it and reads what was annotated by then
        }
    }

    private static void tokenize(JCas jcas) {
        StringBuilder outBuf = new StringBuilder();
        for (String line0 : jcas.getDocumentText().split("\n")) {
            String text = LINE_BREAKS.matcher(line0).replaceAll(" ");
            text = BLANK_IN_TAG.matcher(text).replaceAll("$1\377$2");
            text = WHITE.matcher(text).replaceAll("\376");
            text = MARK_377.matcher(text).replaceAll(" ");
            text = MARK_376.matcher(text).replaceAll("\377");
            text = TAG.matcher(text).replaceAll("\377$1\377");
            text = LEADING_377.matcher(text).replaceAll("");
            text = TRAILING_377.matcher(text).replaceAll("");
            text = RUN_377.matcher(text).replaceAll("\377");
            for (String part : text.split("\377")) {
                if (WHOLE_TAG.matcher(part).matches()) {
                    outBuf.append(part).append('\n');
                    continue;
                }
                String line = " " + part + " ";
                line = ELLIPSIS.matcher(line).replaceAll(" ... ");
                line = AFTER_MARK.matcher(line).replaceAll("$1 $2");
                line = AFTER_STOP.matcher(line).replaceAll("$1 $2");
                for (String word : line.split(" ")) {
                    if (!word.isEmpty()) {
                        token(word, line, outBuf);
                    }
                }
            }
        }
        String original = jcas.getDocumentText();
        int offset = 0;
        for (String s : outBuf.toString().split("\n")) {
            int begin = original.indexOf(s, offset);
            Token t = new Token(jcas);
            t.setBegin(begin);
            t.setPos("");
            t.setEnd(begin + s.length());
            t.addToIndexes();
            offset = t.getEnd();
        }
    }

    /** One blank-separated word of {@code line}: its punctuation and clitics split off, as HeidelTime's tokenizer does. */
    private static void token(String word, String line, StringBuilder outBuf) {
        String token = word;
        String suffix = "";
        boolean finished;
        Matcher m;
        do {
            finished = true;
            m = PRECEDING.matcher(token);
            if (m.find()) {
                token = PRECEDING.matcher(token).replaceAll("$2");
                outBuf.append(m.group(1)).append('\n');
                finished = false;
            }
            m = TRAILING.matcher(token);
            if (m.find()) {
                token = TRAILING.matcher(token).replaceAll("$1");
                suffix = m.group(2) + "\n" + suffix;
                finished = false;
            }
            m = PERIOD_AFTER.matcher(token);
            if (m.find()) {
                token = PERIOD_AFTER.matcher(token).replaceAll("");
                suffix = ".\n" + suffix;
                if (token.isEmpty()) {
                    token = m.group(1);
                } else {
                    suffix = m.group(1) + "\n" + suffix;
                }
                finished = false;
            }
        } while (!finished);
        if (ABBREVIATION.matcher(token).matches()) {
            outBuf.append(token).append('\n').append(suffix);
            return;
        }
        m = FINAL_PERIOD.matcher(token);
        if (m.matches() && !line.equals("...")) {
            token = m.group(1);
            suffix = ".\n" + suffix;
        }
        // clitics and dashes: those before the word go out before it, those after it into its suffix, in this order
        String[] cut = {token, suffix};
        cutBefore(DASHES, cut, outBuf);
        cutBefore(PRECEDING_CLITIC, cut, outBuf);
        cutAfter(DASHES, cut);
        cutAfter(FOLLOWING_CLITIC, cut);
        outBuf.append(cut[0]).append('\n').append(cut[1]);
    }

    /**
     * While {@code p} finds something at the start of the token {@code cut[0]}, its group 1 goes out as a token and the
     * token keeps group 2 in place of the match.
     */
    private static void cutBefore(Pattern p, String[] cut, StringBuilder outBuf) {
        for (Matcher m = p.matcher(cut[0]); m.find(); m = p.matcher(cut[0])) {
            cut[0] = p.matcher(cut[0]).replaceAll("$2");
            outBuf.append(m.group(1)).append('\n');
        }
    }

    /**
     * While {@code p} finds something in the token {@code cut[0]}, its group 2 goes to the front of the suffix
     * {@code cut[1]} and the token keeps group 1 in place of the match (as the original writes it; for the dashes,
     * which it finds at the start, that keeps the dashes and drops the character after them).
     */
    private static void cutAfter(Pattern p, String[] cut) {
        for (Matcher m = p.matcher(cut[0]); m.find(); m = p.matcher(cut[0])) {
            cut[0] = p.matcher(cut[0]).replaceAll("$1");
            cut[1] = m.group(2) + "\n" + cut[1];
        }
    }

    private static void sentences(JCas jcas) {
        String text = jcas.getDocumentText();
        FSIterator<?> tokens = jcas.getAnnotationIndex(Token.type).iterator();
        Sentence s = new Sentence(jcas);
        boolean started = false;
        Token previous = null;
        Token t = null;
        while (tokens.hasNext()) {
            if (t != null) {
                previous = t;
            }
            t = (Token) tokens.next();
            if (!started) {
                started = true;
                s.setBegin(t.getBegin());
            }
            boolean last = !tokens.hasNext();
            // with no token before a sentence mark that is not the last token, this fails as the original does
            if (last || (SENTENCE_MARK.matcher(t.getCoveredText()).matches()
                    && !(DIGITS.matcher(previous.getCoveredText()).matches()
                            || (text.length() - t.getEnd() > 2 && INITIAL_AFTER.matcher(text.substring(t.getEnd(), t.getEnd() + 3)).matches())))) {
                started = false;
                s.setEnd(t.getEnd());
                if (tokens.hasNext()) {
                    Token next = (Token) tokens.next();
                    if (CLOSING_QUOTE.matcher(next.getCoveredText()).matches()) {
                        s.setEnd(next.getEnd());
                    } else {
                        tokens.moveToPrevious();
                    }
                }
                s.addToIndexes();
                s = new Sentence(jcas);
            }
        }
    }
}
