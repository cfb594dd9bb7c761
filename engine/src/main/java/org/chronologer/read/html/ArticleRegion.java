package org.chronologer.read.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in a page, told apart from the page around it: the boilerplate (navigation, sidebars, footers,
 * comments, related links, share buttons, cookie banners, forms) by its tags, ARIA roles and class or id words
 * (Mozilla Readability's), and
 * the article itself as the first of: the element around {@code itemprop="articleBody"}; the {@code <article>}
 * holding the page's heading (else the one with the most text); a schema.org Article in microdata; {@code <main>};
 * the element holding the most paragraph text (with the heading above it); the body.
 */
final class ArticleRegion {

    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "form", "script", "style", "noscript",
            "template", "iframe", "svg", "button", "select", "option", "textarea", "menu", "dialog", "object", "embed", "canvas");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
            "dialog", "menu", "menubar", "alert", "alertdialog");
    /**
     * Class or id parts that mark a part of the page that is not the article: Mozilla Readability's "unlikely
     * candidates", with cookie and consent banners, newsletter boxes and share buttons added.
     */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
            + "social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|"
            + "share|sharing");
    /** Class or id parts that keep an element that also looks unlikely (Readability's "ok maybe it's a candidate"). */
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "tr", "table", "article", "section", "header", "blockquote", "pre", "figcaption", "figure", "hr",
            "main", "address", "details", "summary", "center");

    private final Element body;
    private final Element root;
    private final Set<Element> boilerplate;

    private ArticleRegion(Element body, Element root, Set<Element> boilerplate) {
        this.body = body;
        this.root = root;
        this.boilerplate = boilerplate;
    }

    /** The article region of a parsed page. */
    static ArticleRegion of(Document doc) {
        Element body = doc.body();
        Set<Element> boilerplate = Collections.newSetFromMap(new IdentityHashMap<>());
        int bodyText = body.text().length();
        for (Element e : body.getAllElements()) {
            if (e != body && isBoilerplate(e, bodyText)) {
                boilerplate.add(e);
            }
        }
        ArticleRegion pass = new ArticleRegion(body, body, boilerplate);
        return new ArticleRegion(body, pass.findRoot(), boilerplate);
    }

    private static boolean isBoilerplate(Element e, int bodyText) {
        String tag = e.normalName();
        if (tag.equals("main") || tag.equals("article") || tag.equals("html") || tag.equals("body")) {
            return false;
        }
        if (BOILERPLATE_TAGS.contains(tag)) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && e.closest("article, main, [itemprop=articleBody]") == null) {
            // the page's header and footer; an article's own header (title, byline) and footer ("Posted on") stay
            return e.select("h1").isEmpty();
        }
        if (BOILERPLATE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = e.className() + " " + e.id();
        if (names.isBlank() || !UNLIKELY.matcher(names).find() || MAYBE.matcher(names).find()) {
            return false;
        }
        // a wrapper of the whole page may carry such a word ("has-sidebar", "comments-open"): it is not boilerplate
        // when it holds the article or most of the page's text
        if (!e.select("h1, article, main, [itemprop=articleBody]").isEmpty()) {
            return false;
        }
        return e.text().length() * 2 <= bodyText;
    }

    private Element findRoot() {
        for (Element b : body.select("[itemprop=articleBody]")) {
            if (!inBoilerplate(b)) {
                Element a = b.closest("article, [itemtype~=(?i)(Article|BlogPosting|Posting|Report)$]");
                return a != null ? a : withHeading(b);
            }
        }
        Element h1 = firstHeading();
        List<Element> articles = body.select("article").stream().filter(a -> !inBoilerplate(a)).toList();
        if (!articles.isEmpty()) {
            if (h1 != null) {
                for (Element a : articles) {
                    if (h1.closest("article") == a) {
                        return a;
                    }
                }
            }
            if (articles.size() == 1) {
                return articles.get(0);
            }
            Element best = null;
            int most = -1;
            for (Element a : articles) {
                if (a.parents().stream().anyMatch(articles::contains)) {
                    continue;
                }
                int n = a.text().length();
                if (n > most) {
                    most = n;
                    best = a;
                }
            }
            if (best != null) {
                return best;
            }
        }
        for (Element e : body.select("[itemtype~=(?i)(Article|BlogPosting|Posting|Report)$], main, [role=main]")) {
            if (!inBoilerplate(e)) {
                return e;
            }
        }
        Element densest = densest();
        return densest == null ? body : withHeading(densest);
    }

    /**
     * The element that holds the most text in paragraphs, scored as Mozilla's Readability does: each paragraph
     * ({@code p}, {@code pre}, {@code td}, {@code blockquote}, or a {@code div} without blocks inside) of 25 or more
     * characters scores one, plus one per comma, plus one per 100 characters (at most three), for its parent in full
     * and its grandparent by half; each score is then discounted by the share of its text inside links.
     */
    private Element densest() {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean paragraph = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
                    || ((tag.equals("div") || tag.equals("section")) && e.children().stream().noneMatch(c -> BLOCKS.contains(c.normalName())
                            && !c.normalName().equals("br")));
            if (!paragraph || inBoilerplate(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100, 3);
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = null;
        double top = 0;
        for (Element e : body.getAllElements()) {
            Double s = scores.get(e);
            if (s == null) {
                continue;
            }
            int all = e.text().length();
            int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
            double score = s * (all == 0 ? 0 : 1 - Math.min(1.0, (double) linked / all));
            if (score > top) {
                top = score;
                best = e;
            }
        }
        return best;
    }

    /** The element lifted to hold the page's heading too, unless only the body does. */
    private Element withHeading(Element e) {
        Element h1 = firstHeading();
        if (h1 == null || h1.closest("*") == null || isAncestor(e, h1)) {
            return e;
        }
        for (Element p = e.parent(); p != null && p != body; p = p.parent()) {
            if (isAncestor(p, h1)) {
                return p;
            }
        }
        return e;
    }

    private Element firstHeading() {
        for (Element h : body.select("h1")) {
            if (!inBoilerplate(h) && !h.text().isBlank()) {
                return h;
            }
        }
        return null;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** The article's element. */
    Element root() {
        return root;
    }

    /** Whether the element is boilerplate or inside it. */
    boolean inBoilerplate(Element e) {
        for (Element p = e; p != null && p != body; p = p.parent()) {
            if (boilerplate.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is inside the article and not in boilerplate within it. */
    boolean inArticle(Element e) {
        return isAncestor(root, e) && !inBoilerplate(e);
    }

    /** The article's text: its blocks as paragraphs separated by blank lines, boilerplate left out. */
    String text() {
        ParagraphText text = new ParagraphText();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (boilerplate.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        text.lineBreak();
                    }
                } else if (node instanceof TextNode t) {
                    text.append(t.text());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.lineBreak();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return text.toString();
    }

    /** The non-boilerplate elements of the page matching a CSS query, the article's first, each group in page order. */
    List<Element> select(String query) {
        Elements all = body.select(query);
        List<Element> inside = all.stream().filter(this::inArticle).toList();
        List<Element> outside = all.stream().filter(e -> !inArticle(e) && !inBoilerplate(e)).toList();
        return Stream.concat(inside.stream(), outside.stream()).toList();
    }
}
