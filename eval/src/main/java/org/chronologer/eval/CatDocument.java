package org.chronologer.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One document in the CAT (Content Annotation Tool) labelled format of SemEval-2015 Task 4 "TimeLine": a
 * {@code <Document doc_id=... doc_name=...>} root holding {@code <token t_id sentence number>} elements, then a
 * {@code <Markables>} section whose markables ({@code EVENT_MENTION}, {@code TIMEX3}, ...) point at tokens
 * through {@code <token_anchor t_id/>}.
 *
 * <p>The {@linkplain #text() text} is rendered from the tokens: the tokens of one sentence joined with a single
 * space, sentences (by their {@code sentence} attribute, in document order) separated by one line break, so that
 * the engine sees the sentence bounds the corpus gives. Each rendered token knows its offsets in that text
 * ({@link Token#start()}, {@link Token#end()}); {@link #tokenAt(int)} maps an offset back to its token.
 *
 * <p>The document creation time (DCT) is the {@code value} of the {@code TIMEX3} markable with
 * {@code functionInDocument="CREATION_TIME"}, when it starts with a full {@code YYYY-MM-DD} date. In the
 * Wikinews trial data it anchors the tokens of sentence 1, a line that only repeats the date
 * ("June 8 , 2010"); {@link #withoutDateLine()} drops such a line for measurements with hidden dates.
 *
 * <p>JDK only (the DOM parser, with DTDs and external entities disabled).
 *
 * @param id        the {@code doc_id} attribute ("16844"), the id timelines use
 * @param name      the {@code doc_name} attribute ("16844-Apple_unveils_iPhone_4"), "" if missing
 * @param dct       the document creation time, if the document has one
 * @param tokens    the rendered tokens in document order
 * @param text      the rendered text
 * @param markables the markables in file order
 */
public record CatDocument(String id, String name, Optional<LocalDate> dct, List<Token> tokens, String text,
                          List<Markable> markables) {

    /**
     * One token.
     *
     * @param id       its {@code t_id}
     * @param sentence its {@code sentence} attribute (0 is the title in the Wikinews data)
     * @param number   its {@code number} attribute (position in the document, from 0)
     * @param text     the token as written
     * @param start    its first char in the rendered text
     * @param end      its end (exclusive) in the rendered text
     */
    public record Token(int id, int sentence, int number, String text, int start, int end) {
        public Token {
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad token span " + start + ".." + end);
            }
        }
    }

    /**
     * One markable of the {@code <Markables>} section.
     *
     * @param type       the element name ({@code EVENT_MENTION}, {@code TIMEX3}, ...)
     * @param id         its {@code m_id} ("" if missing)
     * @param attributes all its attributes
     * @param tokenIds   the {@code t_id} of its token anchors, in file order
     */
    public record Markable(String type, String id, Map<String, String> attributes, List<Integer> tokenIds) {
        public Markable {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            tokenIds = List.copyOf(tokenIds);
        }
    }

    public CatDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dct, "dct");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(text, "text");
        markables = List.copyOf(markables);
    }

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** Reads a CAT file (UTF-8). */
    public static CatDocument read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses a CAT document.
     *
     * @throws IllegalArgumentException if it is not well-formed XML, the root has no {@code doc_id}, or a token
     *                                  lacks a numeric {@code t_id} or {@code sentence}
     */
    public static CatDocument parse(String xml) {
        Objects.requireNonNull(xml, "xml");
        Element root = parseXml(xml).getDocumentElement();
        String id = root.getAttribute("doc_id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("CAT document without doc_id on <" + root.getTagName() + ">");
        }
        String name = root.getAttribute("doc_name");

        List<RawToken> raw = new ArrayList<>();
        NodeList tokenNodes = root.getElementsByTagName("token");
        for (int i = 0; i < tokenNodes.getLength(); i++) {
            Element t = (Element) tokenNodes.item(i);
            int tid = integer(t, "t_id");
            int sentence = integer(t, "sentence");
            int number = t.hasAttribute("number") ? integer(t, "number") : i;
            raw.add(new RawToken(tid, sentence, number, t.getTextContent()));
        }

        List<Markable> markables = new ArrayList<>();
        NodeList sections = root.getElementsByTagName("Markables");
        for (int s = 0; s < sections.getLength(); s++) {
            NodeList children = sections.item(s).getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                Element m = (Element) n;
                Map<String, String> attrs = new LinkedHashMap<>();
                NamedNodeMap am = m.getAttributes();
                for (int a = 0; a < am.getLength(); a++) {
                    attrs.put(am.item(a).getNodeName(), am.item(a).getNodeValue());
                }
                List<Integer> anchors = new ArrayList<>();
                NodeList an = m.getElementsByTagName("token_anchor");
                for (int a = 0; a < an.getLength(); a++) {
                    anchors.add(integer((Element) an.item(a), "t_id"));
                }
                markables.add(new Markable(m.getTagName(), m.getAttribute("m_id"), attrs, anchors));
            }
        }
        Optional<LocalDate> dct = Optional.empty();
        for (Markable m : markables) {
            if ("CREATION_TIME".equals(m.attributes().get("functionInDocument"))) {
                dct = isoDate(m.attributes().getOrDefault("value", ""));
                break;
            }
        }
        return render(id, name, dct, raw, markables);
    }

    /** The tokens of one sentence, in order (empty if there is no such sentence). */
    public List<Token> sentence(int number) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.sentence() == number) {
                out.add(t);
            }
        }
        return out;
    }

    /** The sentence numbers present, ascending. */
    public Set<Integer> sentenceNumbers() {
        Set<Integer> s = new TreeSet<>();
        tokens.forEach(t -> s.add(t.sentence()));
        return s;
    }

    /** The token with this {@code t_id}, if rendered. */
    public Optional<Token> token(int tid) {
        for (Token t : tokens) {
            if (t.id() == tid) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The token covering char {@code offset} of the text; an offset on the space or line break after a token
     * gives that token, an offset before the first token the first one.
     */
    public Optional<Token> tokenAt(int offset) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = tokens.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.of(tokens.get(best));
    }

    /** The tokens overlapping chars {@code [start, end)} of the text, in order. */
    public List<Token> tokensIn(int start, int end) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() < end && start < t.end()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The markables of one type ({@code "EVENT_MENTION"}, say), in file order. */
    public List<Markable> markables(String type) {
        return markables.stream().filter(m -> m.type().equals(type)).toList();
    }

    /** The {@code t_id}s the CREATION_TIME timex is anchored to (empty if there is none). */
    public List<Integer> dctTokenIds() {
        for (Markable m : markables) {
            if ("CREATION_TIME".equals(m.attributes().get("functionInDocument"))) {
                return m.tokenIds();
            }
        }
        return List.of();
    }

    /**
     * This document without the sentences that only repeat the publication date: every sentence whose tokens
     * are all either tokens of the CREATION_TIME timex or punctuation. The other tokens keep their ids and
     * sentence numbers; the text and offsets are rendered again. The DCT itself is kept (the caller decides
     * whether to declare it). The same document if the DCT is anchored nowhere.
     */
    public CatDocument withoutDateLine() {
        Set<Integer> dctTokens = new HashSet<>(dctTokenIds());
        if (dctTokens.isEmpty()) {
            return this;
        }
        Map<Integer, List<Token>> bySentence = new LinkedHashMap<>();
        tokens.forEach(t -> bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        Set<Integer> drop = new HashSet<>();
        for (Map.Entry<Integer, List<Token>> e : bySentence.entrySet()) {
            boolean anyDate = false;
            boolean onlyDate = true;
            for (Token t : e.getValue()) {
                if (dctTokens.contains(t.id())) {
                    anyDate = true;
                } else if (!t.text().matches("\\p{Punct}+")) {
                    onlyDate = false;
                }
            }
            if (anyDate && onlyDate) {
                drop.add(e.getKey());
            }
        }
        if (drop.isEmpty()) {
            return this;
        }
        List<RawToken> raw = new ArrayList<>();
        for (Token t : tokens) {
            if (!drop.contains(t.sentence())) {
                raw.add(new RawToken(t.id(), t.sentence(), t.number(), t.text()));
            }
        }
        return render(id, name, dct, raw, markables);
    }

    private record RawToken(int id, int sentence, int number, String text) {
    }

    /** Lays the tokens out: single spaces inside a sentence, a line break between sentences. */
    private static CatDocument render(String id, String name, Optional<LocalDate> dct, List<RawToken> raw,
                                      List<Markable> markables) {
        StringBuilder b = new StringBuilder();
        List<Token> tokens = new ArrayList<>(raw.size());
        Integer previousSentence = null;
        for (RawToken r : raw) {
            String word = r.text().replaceAll("\\s+", " ").strip();
            if (word.isEmpty()) {
                word = "_"; // a blank token still occupies a position, so that offsets stay one per token
            }
            if (previousSentence != null) {
                b.append(previousSentence == r.sentence() ? ' ' : '\n');
            }
            int start = b.length();
            b.append(word);
            tokens.add(new Token(r.id(), r.sentence(), r.number(), word, start, b.length()));
            previousSentence = r.sentence();
        }
        return new CatDocument(id, name, dct, tokens, b.toString(), markables);
    }

    private static Optional<LocalDate> isoDate(String value) {
        Matcher d = ISO_DATE.matcher(value);
        if (!d.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(d.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int integer(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> has no numeric " + attribute + " (\"" + v + "\")");
        }
    }

    private static Document parseXml(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            }); // fatal errors throw too; nothing is printed
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed CAT XML: " + e.getMessage(), e);
        }
    }

    /** Index of tokens by id, for callers that look many up. */
    public Map<Integer, Token> tokensById() {
        Map<Integer, Token> m = new HashMap<>();
        tokens.forEach(t -> m.put(t.id(), t));
        return m;
    }
}
