package org.chronologer.read.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Whether elements of a page stand in a sentence of running text ("closed on {@code <time>Thursday</time>} as the
 * storm ..."): the paragraph around the element holds {@link #SENTENCE_WORDS} or more words outside it and a sentence
 * end ({@code .}, {@code !} or {@code ?} before a space or the paragraph's end) outside it. A byline ("Posted on
 * {@code <time>...</time>} by Anna | 3 comments") does not.
 *
 * <p>Each paragraph's text is read once, with where each element of the asked name stands in it and running counts of
 * its words and sentence ends, so that asking for every one of thousands of elements of one paragraph costs its length
 * once, not once per element.
 */
final class RunningText {

    /** The least number of other words of a paragraph around an element in a sentence. */
    static final int SENTENCE_WORDS = 8;
    private static final String PARAGRAPHS = "p, li, blockquote, dd";

    private final String name;
    private final Map<Element, Paragraph> paragraphs = new IdentityHashMap<>();

    /** For elements named {@code name} ({@code time}, say). */
    RunningText(String name) {
        this.name = name;
    }

    /** Whether the element (named as this was made for) stands in a sentence of its paragraph. */
    boolean inSentence(Element e) {
        Element paragraph = e.closest(PARAGRAPHS);
        if (paragraph == null) {
            return false;
        }
        Paragraph p = paragraphs.computeIfAbsent(paragraph, this::read);
        int[] span = p.spans.get(e);
        return span != null && p.wordsOutside(span[0], span[1]) >= SENTENCE_WORDS && p.endsOutside(span[0], span[1]);
    }

    /** A paragraph's text as its reader sees it, with a space around each block inside it, and its elements' spans. */
    private Paragraph read(Element paragraph) {
        StringBuilder text = new StringBuilder();
        Map<Element, int[]> spans = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element el && el != paragraph) {
                    if (el.isBlock() || el.normalName().equals("br")) {
                        text.append(' ');
                    }
                    if (el.normalName().equals(name)) {
                        spans.put(el, new int[] {text.length(), 0});
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && el != paragraph) {
                    if (el.normalName().equals(name)) {
                        spans.get(el)[1] = text.length();
                    }
                    if (el.isBlock()) {
                        text.append(' ');
                    }
                }
            }
        }, paragraph);
        return new Paragraph(text, spans);
    }

    /** A paragraph's text with prefix counts of its word starts and sentence ends. */
    private static final class Paragraph {
        private final boolean[] space;
        private final boolean[] mark;
        /** Word starts before each position. */
        private final int[] words;
        /** Sentence ends (a mark before a space or the end) before each position. */
        private final int[] ends;
        private final Map<Element, int[]> spans;

        Paragraph(CharSequence text, Map<Element, int[]> spans) {
            int n = text.length();
            this.spans = spans;
            space = new boolean[n];
            mark = new boolean[n];
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                space[i] = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
                mark[i] = c == '.' || c == '!' || c == '?';
            }
            words = new int[n + 1];
            ends = new int[n + 1];
            for (int i = 0; i < n; i++) {
                words[i + 1] = words[i] + (!space[i] && (i == 0 || space[i - 1]) ? 1 : 0);
                ends[i + 1] = ends[i] + (mark[i] && (i + 1 == n || space[i + 1]) ? 1 : 0);
            }
        }

        /** Words of the text with {@code [from, to)} taken out (as if a space stood there). */
        int wordsOutside(int from, int to) {
            int n = space.length;
            int after = words[n] - words[to];
            // a word the span cut in two: its second half starts a word of its own
            if (to < n && to > 0 && !space[to] && !space[to - 1]) {
                after++;
            }
            return words[from] + after;
        }

        /** Whether the text with {@code [from, to)} taken out (as if a space stood there) has a sentence end. */
        boolean endsOutside(int from, int to) {
            int before = from == 0 ? 0 : ends[from - 1] + (mark[from - 1] ? 1 : 0);
            return before + ends[space.length] - ends[to] > 0;
        }
    }
}
