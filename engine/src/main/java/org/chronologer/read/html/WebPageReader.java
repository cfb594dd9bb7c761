package org.chronologer.read.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronologer.read.html.PageDate.Role;
import org.chronologer.text.TimeBudget;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a web page with jsoup: the article's text without the page around it ({@link ArticleRegion}), its title
 * and language, and every date the page states about itself, each with its source; then chooses the
 * {@linkplain WebPage#published() published} and {@linkplain WebPage#modified() modified} days by a
 * {@link DateVote} of the sources ({@link #DEFAULT_VOTE} unless told otherwise).
 *
 * <p>The sources and their vocabularies are the published standards (schema.org, OpenGraph, Dublin Core) and the
 * names publishers and their tools use, as collected by htmldate (Barbaresi 2020); within a source, a date in the
 * article comes before one elsewhere on the page, and boilerplate (sidebars, related links, comments) is never read.
 * The reader is thread-safe.
 */
public final class WebPageReader {

    /**
     * How the published and modified days are chosen by default: the sources in this order, the first that offers a
     * day deciding: a publication line, then metadata first, as htmldate does (and then the article's word, see
     * {@link DateVote#choose}). Orders and weights fitted on one half of the web-pages set did no better on the other
     * half (see the README's "Web pages"), so this fixed order stays.
     */
    public static final DateVote DEFAULT_VOTE = DateVote.inOrder(List.of(DateSource.PUBLICATION_LINE, DateSource.JSON_LD, DateSource.OPEN_GRAPH, DateSource.URL,
            DateSource.ITEMPROP, DateSource.DUBLIN_CORE, DateSource.PUBLISHER_META, DateSource.TIME_ELEMENT,
            DateSource.DATE_ELEMENT, DateSource.BYLINE, DateSource.TITLE, DateSource.TEXT_DATE, DateSource.TEXT_PHRASE));

    private final DateVote vote;
    private final DatePhrases phrases;
    /** The most time reading one page may take, or null for no limit. */
    private final java.time.Duration budget;

    /** A reader that chooses days by {@link #DEFAULT_VOTE}. */
    public WebPageReader() {
        this(DEFAULT_VOTE);
    }

    /** A reader that chooses days by the given vote. */
    public WebPageReader(DateVote vote) {
        this(vote, DatePhrases.NONE, null);
    }

    private WebPageReader(DateVote vote, DatePhrases phrases, java.time.Duration budget) {
        this.vote = Objects.requireNonNull(vote, "vote");
        this.phrases = Objects.requireNonNull(phrases, "phrases");
        this.budget = budget;
    }

    /**
     * This reader, reading the date phrases of a page not in English with {@code phrases} when nothing else on the
     * page gives a day.
     */
    public WebPageReader withDatePhrases(DatePhrases phrases) {
        return new WebPageReader(vote, phrases, budget);
    }

    /**
     * This reader, spending at most {@code budget} on one page: {@link #read} throws {@link TimeBudget.Exceeded} once it
     * is spent (it is checked between elements of the page and between its steps).
     */
    public WebPageReader withTimeBudget(java.time.Duration budget) {
        return new WebPageReader(vote, phrases, Objects.requireNonNull(budget, "budget"));
    }

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER).build();

    private static final Set<String> OG_PUBLISHED = Set.of("article:published_time", "og:published_time", "og:article:published_time",
            "article:published", "article.published", "og:pubdate", "article:publicationdate");
    private static final Set<String> OG_MODIFIED = Set.of("article:modified_time", "og:updated_time", "og:article:modified_time",
            "article:modified", "og:modified_time", "article.updated", "article:updated_time");
    private static final Set<String> DC_PUBLISHED = Set.of("dc.date", "dc.date.issued", "dc.date.created", "dc.created",
            "dc.date.publication", "dc.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "dc:date", "dc:created",
            "dcterms:date", "dcterms:issued", "dcterms:created");
    private static final Set<String> DC_MODIFIED = Set.of("dc.date.modified", "dc.modified", "dcterms.modified", "dcterms:modified");
    private static final Set<String> PUBLISHER_PUBLISHED = Set.of("date", "pubdate", "publishdate", "publish_date", "publish-date",
            "published-date", "published_date", "publication_date", "publication-date", "datepublished", "date_published",
            "datecreated", "created", "article.created", "article_date_original", "bt:pubdate", "citation_date",
            "citation_publication_date", "citation_online_date", "cxenseparse:recs:publishtime", "originalpublicationdate",
            "parsely-pub-date", "rnews:datepublished", "sailthru.date", "shareaholic:article_published_time", "dateposted",
            "displaydate", "date.available", "pub_date", "article_publication_date", "published_time", "original-publish-date");
    private static final Set<String> PUBLISHER_MODIFIED = Set.of("last-modified", "lastmodified", "modified_time", "updated_time",
            "datemodified", "dateupdated", "revised", "last_updated", "updated", "modified", "sailthru.lastmodified");
    private static final Set<String> ITEMPROP_PUBLISHED = Set.of("datepublished", "datecreated");
    private static final Set<String> ITEMPROP_MODIFIED = Set.of("datemodified", "dateupdated");

    /** Class or id parts that say an element holds a date or a byline (the vocabulary htmldate searches). */
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|datum|time|byline|subline|posted|submitted|publish|"
            + "publication|created|fecha|parution|entry-meta|post-meta|postmeta|article-meta|meta-info|metadata|post-info|"
            + "entry-info|article-info|dateline|zeit|autor|author|info");
    private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)published|entry-date|post-date|date-published|pubdate");
    private static final Pattern MODIFIED_CLASS = Pattern.compile("(?i)updated|modified|aktualisiert|edited|revised");
    private static final Pattern BYLINE = Pattern.compile("(?iu)(?<![\\p{L}])(?:(last\\s+updated|last\\s+modified|updated|modified|"
            + "zuletzt\\s+aktualisiert|aktualisiert|geändert|stand|mis\\s+à\\s+jour|modifié|actualizado|aggiornato|bijgewerkt)|"
            + "(published|posted|written|created|dated|date|veröffentlicht|erschienen|erstellt|geschrieben|datum|publié|publiée|"
            + "publicado|pubblicato|gepubliceerd|geplaatst))(?![\\p{L}])");
    /**
     * What may stand between a publication word and its day in a {@link DateSource#PUBLICATION_LINE}: punctuation, a
     * preposition ("on", "am", "le", "el", "il", "op", "em"), a weekday and a time of day.
     */
    private static final Pattern LABEL_GAP = Pattern.compile("(?iu)^[\\s:,.|\\-\u2013\u2014]*(?:(?:on|am|le|el|il|op|em|at|den)\\s+)?"
            + "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
            + "sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
            + "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)?"
            + "[\\s.,]*(?:[012]?\\d[:.h][0-5]\\d(?:\\s*(?:[ap]\\.?m\\.?|uhr|h))?)?[\\s,|\\-\u2013\u2014]*$");
    /** The longest text of an element that labels a date: a date with an author, a place and a few words. */
    private static final int DATE_ELEMENT_MAX = 200;
    /** How far after the word a byline's date may begin ("Published on Thursday, 16 May 2024": 20 characters). */
    private static final int BYLINE_REACH = 30;
    private static final Pattern URL_YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?!\\d)");
    private static final Pattern URL_COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    /** A Wayback Machine address: a path segment of 14 digits (the capture time, an optional mode after it), then the original address. */
    private static final Pattern ARCHIVED = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(\\d{6})(?:[a-z]{2}_)?/((?:https?:/?/)?[^/]+\\.[^/]+.*)$");
    private static final Pattern WAYBACK_PLAYBACK = Pattern.compile("__wm\\.wombat\\(\\s*\"([^\"]+)\"\\s*,\\s*\"(\\d{14})\"");
    private static final Pattern PARSELY_DATE = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LD_FALLBACK = Pattern.compile("\"(datePublished|dateCreated|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");

    /** Reads a page without a known address (its canonical link or {@code og:url} serves as one). */
    public WebPage read(String html) {
        return read(html, Optional.empty());
    }

    /** Reads a page fetched from {@code url}. */
    public WebPage read(String html, Optional<String> url) {
        Objects.requireNonNull(html, "html");
        return read(new StringReader(html), url);
    }

    /**
     * Reads a page fetched from {@code url} from {@code html}, which is closed once the page is parsed: a caller that
     * hands over the page's only copy (a {@link StringReader} on it, say, and no other reference) lets it go before
     * the page is read, rather than holding it beside the parsed page and its text (for a page of megabytes, as much
     * again as each of them).
     */
    public WebPage read(Reader html, Optional<String> url) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(url, "url");
        return budget == null ? readPage(html, url) : TimeBudget.within(budget, () -> readPage(html, url));
    }

    private WebPage readPage(Reader html, Optional<String> url) {
        // as Jsoup.parse(String, String) parses a text, from the reader, which the parser closes when it is done
        Document doc = Parser.htmlParser().parseInput(html, url.orElse(""));
        Optional<String> address = url.filter(u -> !u.isBlank()).or(() -> pageAddress(doc));
        // a copy saved by a web archive: the day it was saved, and the address it was saved from (whose path may hold the day)
        Optional<String> playback = playbackAddress(doc);
        Optional<PageDate> archived = address.flatMap(a -> archived(a, "capture time in a web archive's address"))
                .or(() -> playback.flatMap(a -> archived(a, "capture time in the web archive's playback script")));
        Optional<String> original = archived.isEmpty() ? address
                : address.filter(a -> archived(a, "").isPresent()).or(() -> playback).map(WebPageReader::originalAddress);
        TimeBudget.check();
        ArticleRegion region = ArticleRegion.of(doc);
        String text = region.text();
        TimeBudget.check();
        Optional<String> language = PageLanguage.of(text, declaredLanguage(doc));
        DateText.Order order = numericOrder(doc, language);
        List<PageDate> candidates = new ArrayList<>();
        jsonLd(doc, order, candidates);
        meta(doc, order, candidates);
        itemprop(region, order, candidates);
        timeElements(region, order, candidates);
        dateElements(region, order, candidates);
        TimeBudget.check();
        bylines(region, text, order, candidates);
        original.ifPresent(u -> url(u, candidates));
        title(doc, region, order, candidates);
        textDates(text, order, candidates);
        TimeBudget.check();
        List<PageDate> ranked = rank(candidates);
        // the page existed when a web archive saved it: no later day is its publication or modification
        List<PageDate> possible = archived.map(a -> ranked.stream().filter(d -> !d.day().isAfter(a.day())).toList()).orElse(ranked);
        Optional<PageDate> modified = vote.choose(possible, Role.MODIFIED);
        // a page that states only when it was modified was published then or before: that day is the best it gives
        // (and themes often mark the publication day "updated", as the hAtom microformat asks)
        Optional<PageDate> published = vote.choose(possible, Role.PUBLISHED).or(() -> modified);
        if (published.isEmpty() && language.isPresent() && !language.get().equals("en")) {
            published = phrases.firstDay(text, language.get(), archived.map(PageDate::day));
            published.ifPresent(ranked::add);
        }
        archived.ifPresent(ranked::add);
        return new WebPage(address, title(doc), text, language, published, modified, ranked, vote.contradicted(possible));
    }

    /** The candidates heaviest source first, then those in the article first, then as read. */
    private List<PageDate> rank(List<PageDate> candidates) {
        List<PageDate> out = new ArrayList<>(candidates);
        out.sort(Comparator.comparingDouble((PageDate d) -> -vote.weight(d.source())).thenComparing(d -> !d.inArticle()));
        return out;
    }

    /**
     * The day a web archive saved the page, from an address in the Wayback Machine's form (the Internet Archive's and
     * the other archives built on its software): {@code https://web.archive.org/web/20120216182711/http://...}.
     */
    private static Optional<PageDate> archived(String address, String where) {
        Matcher m = ARCHIVED.matcher(address);
        if (!m.find()) {
            return Optional.empty();
        }
        return dayOf(m.group(1), m.group(2), m.group(3)).map(d -> PageDate.of(d, Role.ARCHIVED, DateSource.URL, where,
                m.group(1) + m.group(2) + m.group(3) + m.group(4)));
    }

    /**
     * The archive's address of a page saved from the Wayback Machine's playback, as its own script states it
     * ({@code __wm.wombat("http://example.org/x", "20120216182711", ...)}), in the address form {@link #archived} reads.
     */
    private static Optional<String> playbackAddress(Document doc) {
        for (Element script : doc.select("script:not([src])")) {
            Matcher m = WAYBACK_PLAYBACK.matcher(script.data());
            if (m.find()) {
                return Optional.of("/" + m.group(2) + "/" + m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The address an archived copy was saved from. */
    private static String originalAddress(String address) {
        Matcher m = ARCHIVED.matcher(address);
        return m.find() ? m.group(5) : address;
    }

    private static Optional<String> pageAddress(Document doc) {
        for (String q : new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]", "meta[name=og:url][content]"}) {
            Element e = doc.selectFirst(q);
            if (e != null) {
                String v = e.hasAttr("href") ? e.attr("href") : e.attr("content");
                if (!v.isBlank()) {
                    return Optional.of(v.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> declaredLanguage(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language][content], meta[property=og:locale][content], "
                    + "meta[name~=(?i)^(language|content-language|dc.language)$][content]");
            lang = m == null ? "" : m.attr("content");
        }
        return lang.isBlank() ? Optional.empty() : Optional.of(lang);
    }

    /** Month first for American English pages (or English ones that do not say which), day first for all others. */
    private static DateText.Order numericOrder(Document doc, Optional<String> language) {
        String declared = declaredLanguage(doc).orElse("").toLowerCase(Locale.ROOT).replace('_', '-');
        if (language.map("en"::equals).orElse(false) && (declared.isEmpty() || declared.equals("en") || declared.startsWith("en-us"))) {
            return DateText.Order.MONTH_FIRST;
        }
        return DateText.Order.DAY_FIRST;
    }

    private static Optional<String> title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title][content]");
        String t = og != null ? og.attr("content").strip() : doc.title().strip();
        if (t.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            t = h1 == null ? "" : h1.text().strip();
        }
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    // ---- JSON-LD

    private static void jsonLd(Document doc, DateText.Order order, List<PageDate> out) {
        List<PageDate> found = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String body = script.data().strip().replaceAll("^(?:<!--|//\\s*<!\\[CDATA\\[)|(?:-->|//\\s*\\]\\]>)$", "").strip();
            if (body.isEmpty()) {
                continue;
            }
            try {
                Iterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(body);
                while (values.hasNext()) {
                    walk(values.next(), "", order, found);
                }
            } catch (RuntimeException | IOException e) {
                // malformed JSON-LD (common: unescaped quotes): read its date fields as text
                Matcher m = LD_FALLBACK.matcher(body);
                while (m.find()) {
                    String field = m.group(1);
                    Role role = field.equals("dateModified") ? Role.MODIFIED : Role.PUBLISHED;
                    String raw = m.group(2);
                    DateText.parseValue(raw, order).ifPresent(d -> found.add(PageDate.of(d, role, DateSource.JSON_LD,
                            "ld+json (unparsed) " + field, raw)));
                }
            }
        }
        // an article's own object first, then the page's, then any other creative work
        found.sort(Comparator.comparingInt(d -> d.where().startsWith("article ") ? 0 : d.where().startsWith("page ") ? 1 : 2));
        out.addAll(found);
    }

    private static void walk(JsonNode node, String parentKey, DateText.Order order, List<PageDate> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                walk(n, parentKey, order, out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String type = types(node.get("@type"));
        String kind = kind(type);
        boolean skip = parentKey.equals("comment") || parentKey.equals("review") || parentKey.equals("itemListElement")
                || kind == null;
        if (!skip) {
            for (String field : new String[] {"datePublished", "dateCreated", "dateModified"}) {
                JsonNode v = node.get(field);
                if (v != null && v.isTextual()) {
                    Role role = field.equals("dateModified") ? Role.MODIFIED : Role.PUBLISHED;
                    String raw = v.asText();
                    DateText.parseValue(raw, order).ifPresent(d -> out.add(PageDate.of(d, role, DateSource.JSON_LD,
                            kind + " " + (type.isEmpty() ? "(untyped)" : type) + "." + field, raw)));
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isContainerNode()) {
                walk(f.getValue(), f.getKey(), order, out);
            }
        }
    }

    private static String types(JsonNode t) {
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            List<String> all = new ArrayList<>();
            t.forEach(x -> all.add(x.asText()));
            return String.join(",", all);
        }
        return t.asText();
    }

    /** "article", "page" or "other" for the schema.org types whose dates are the page's; null for those whose are not. */
    private static String kind(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("article") || t.contains("blogposting") || t.contains("posting") || t.contains("report")) {
            return "article";
        }
        if (t.contains("page")) {
            return "page";
        }
        if (t.contains("comment") || t.contains("review") || t.contains("person") || t.contains("organization")
                || t.contains("event") || t.contains("offer") || t.contains("product") || t.contains("answer")
                || t.contains("question") || t.contains("rating")) {
            return null;
        }
        return "other";
    }

    // ---- <meta>

    private static void meta(Document doc, DateText.Order order, List<PageDate> out) {
        for (Element m : doc.select("meta")) {
            String attr = m.hasAttr("property") ? "property" : m.hasAttr("name") ? "name" : m.hasAttr("itemprop") ? "itemprop"
                    : m.hasAttr("http-equiv") ? "http-equiv" : null;
            if (attr == null) {
                continue;
            }
            String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
            String raw = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            if (raw.isBlank()) {
                continue;
            }
            String where = "meta[" + attr + "=" + key + "]";
            if (attr.equals("itemprop")) {
                if (ITEMPROP_PUBLISHED.contains(key) || ITEMPROP_MODIFIED.contains(key)) {
                    Role role = ITEMPROP_MODIFIED.contains(key) ? Role.MODIFIED : Role.PUBLISHED;
                    boolean inBody = m.closest("body") != null;
                    add(out, raw, order, role, DateSource.ITEMPROP, where, !inBody);
                }
                continue;
            }
            if (attr.equals("http-equiv")) {
                if (key.equals("date")) {
                    add(out, raw, order, Role.PUBLISHED, DateSource.PUBLISHER_META, where, true);
                } else if (key.equals("last-modified")) {
                    add(out, raw, order, Role.MODIFIED, DateSource.PUBLISHER_META, where, true);
                }
                continue;
            }
            if (OG_PUBLISHED.contains(key)) {
                add(out, raw, order, Role.PUBLISHED, DateSource.OPEN_GRAPH, where, true);
            } else if (OG_MODIFIED.contains(key)) {
                add(out, raw, order, Role.MODIFIED, DateSource.OPEN_GRAPH, where, true);
            } else if (DC_PUBLISHED.contains(key)) {
                add(out, raw, order, Role.PUBLISHED, DateSource.DUBLIN_CORE, where, true);
            } else if (DC_MODIFIED.contains(key)) {
                add(out, raw, order, Role.MODIFIED, DateSource.DUBLIN_CORE, where, true);
            } else if (PUBLISHER_PUBLISHED.contains(key)) {
                add(out, raw, order, Role.PUBLISHED, DateSource.PUBLISHER_META, where, true);
            } else if (PUBLISHER_MODIFIED.contains(key)) {
                add(out, raw, order, Role.MODIFIED, DateSource.PUBLISHER_META, where, true);
            } else if (key.equals("parsely-page") || key.equals("parsely-metadata")) {
                Matcher pm = PARSELY_DATE.matcher(raw);
                if (pm.find()) {
                    add(out, pm.group(1), order, Role.PUBLISHED, DateSource.PUBLISHER_META, where + ".pub_date", true);
                }
            }
        }
    }

    private static void add(List<PageDate> out, String raw, DateText.Order order, Role role, DateSource source, String where,
            boolean inArticle) {
        DateText.parseValue(raw, order).ifPresent(d -> out.add(new PageDate(d, role, source, where, raw.strip(), inArticle)));
    }

    // ---- the body's markup

    private static void itemprop(ArticleRegion region, DateText.Order order, List<PageDate> out) {
        for (Element e : region.select("[itemprop]:not(meta)")) {
            String key = e.attr("itemprop").strip().toLowerCase(Locale.ROOT);
            if (!ITEMPROP_PUBLISHED.contains(key) && !ITEMPROP_MODIFIED.contains(key)) {
                continue;
            }
            Role role = ITEMPROP_MODIFIED.contains(key) ? Role.MODIFIED : Role.PUBLISHED;
            String raw = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : shortText(e);
            add(out, raw, order, role, DateSource.ITEMPROP, e.normalName() + "[itemprop=" + key + "]", region.inArticle(e));
        }
        // microdata in <meta itemprop> inside the body belongs to the element around it
        for (Element e : region.select("meta[itemprop]")) {
            String key = e.attr("itemprop").strip().toLowerCase(Locale.ROOT);
            if (ITEMPROP_PUBLISHED.contains(key) || ITEMPROP_MODIFIED.contains(key)) {
                Role role = ITEMPROP_MODIFIED.contains(key) ? Role.MODIFIED : Role.PUBLISHED;
                add(out, e.attr("content"), order, role, DateSource.ITEMPROP, "meta[itemprop=" + key + "] in the body", region.inArticle(e));
            }
        }
    }

    private static void timeElements(ArticleRegion region, DateText.Order order, List<PageDate> out) {
        List<PageDate> found = new ArrayList<>();
        RunningText running = new RunningText("time");
        for (Element t : region.select("time")) {
            TimeBudget.check();
            if (running.inSentence(t)) {
                // a date told in a sentence of the article ("closed on <time>Thursday</time>"), not the page's own
                continue;
            }
            String names = t.className() + " " + t.id();
            boolean marked = t.hasAttr("pubdate") || PUBLISHED_CLASS.matcher(names).find();
            Role role = !marked && MODIFIED_CLASS.matcher(names).find() ? Role.MODIFIED : Role.PUBLISHED;
            String dt = t.attr("datetime");
            String raw = dt.strip().length() > 6 ? dt : shortText(t);
            String where = "time" + (t.hasAttr("datetime") ? "[datetime]" : "") + (t.hasAttr("pubdate") ? "[pubdate]" : "")
                    + (t.className().isBlank() ? "" : "." + t.className().strip().replaceAll("\\s+", ".")) + (region.inArticle(t) ? " in the article" : "");
            add(found, raw, order, role, DateSource.TIME_ELEMENT, where, region.inArticle(t));
        }
        // the one marked as the publication time first, in its group (article or not)
        found.sort(Comparator.comparing((PageDate d) -> !d.inArticle()).thenComparing(d -> !(d.where().contains("[pubdate]")
                || PUBLISHED_CLASS.matcher(d.where()).find())));
        out.addAll(found);
    }

    private static void dateElements(ArticleRegion region, DateText.Order order, List<PageDate> out) {
        for (Element e : region.select("[class], [id], abbr[title]")) {
            TimeBudget.check();
            if (e.normalName().equals("time") || e.normalName().equals("body") || e.normalName().equals("html")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (!DATE_CLASS.matcher(names).find() && !e.normalName().equals("abbr")) {
                continue;
            }
            if (e.text().length() > DATE_ELEMENT_MAX) {
                // a container (the article itself, "status-publish"), not an element that labels a date
                continue;
            }
            Role role = MODIFIED_CLASS.matcher(names).find() ? Role.MODIFIED : Role.PUBLISHED;
            String text = shortText(e);
            List<DateText.Found> days = DateText.find(text, order, true);
            String where = e.normalName() + (e.id().isBlank() ? "" : "#" + e.id()) + (e.className().isBlank() ? ""
                    : "." + e.className().strip().replaceAll("\\s+", "."));
            if (!days.isEmpty()) {
                DateText.Found f = days.get(0);
                out.add(new PageDate(f.day(), role, DateSource.DATE_ELEMENT, where, text.substring(f.start(), f.end()), region.inArticle(e)));
            } else if (e.hasAttr("title")) {
                add(out, e.attr("title"), order, role, DateSource.DATE_ELEMENT, where + "[title]", region.inArticle(e));
            }
        }
    }

    /** The start of an element's text, where a date that labels it stands. */
    private static String shortText(Element e) {
        String t = e.text();
        return t.length() > 120 ? t.substring(0, 120) : t;
    }

    private static void bylines(ArticleRegion region, String articleText, DateText.Order order, List<PageDate> out) {
        byline(articleText, order, true, out);
        if (region.root() != region.root().ownerDocument().body()) {
            byline(region.root().ownerDocument().body().text(), order, false, out);
        }
    }

    private static void byline(String text, DateText.Order order, boolean inArticle, List<PageDate> out) {
        Matcher m = BYLINE.matcher(text);
        while (m.find()) {
            Role role = m.group(1) != null ? Role.MODIFIED : Role.PUBLISHED;
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + BYLINE_REACH + 40));
            List<DateText.Found> days = DateText.find(after, order, true);
            if (!days.isEmpty() && days.get(0).start() <= BYLINE_REACH) {
                DateText.Found f = days.get(0);
                String phrase = text.substring(m.start(), m.end() + f.end());
                boolean labelled = role == Role.PUBLISHED && LABEL_GAP.matcher(after.substring(0, f.start())).matches();
                out.add(new PageDate(f.day(), role, labelled ? DateSource.PUBLICATION_LINE : DateSource.BYLINE,
                        "'" + m.group().strip() + " ...'" + (inArticle ? " in the article" : ""), phrase, inArticle));
            }
        }
    }

    // ---- address, title and text

    private static void url(String url, List<PageDate> out) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        Matcher m = URL_YMD.matcher(path);
        if (m.find()) {
            dayOf(m.group(1), m.group(2), m.group(3)).ifPresent(d -> out.add(PageDate.of(d, Role.PUBLISHED, DateSource.URL,
                    "year/month/day in the address", m.group())));
            return;
        }
        Matcher c = URL_COMPACT.matcher(path);
        while (c.find()) {
            Optional<LocalDate> d = dayOf(c.group(1), c.group(2), c.group(3));
            if (d.isPresent()) {
                out.add(PageDate.of(d.get(), Role.PUBLISHED, DateSource.URL, "yyyymmdd in the address", c.group()));
                return;
            }
        }
    }

    private static Optional<LocalDate> dayOf(String y, String m, String d) {
        return DateText.parseValue(y + "-" + (m.length() == 1 ? "0" + m : m) + "-" + (d.length() == 1 ? "0" + d : d), DateText.Order.DAY_FIRST);
    }

    private static void title(Document doc, ArticleRegion region, DateText.Order order, List<PageDate> out) {
        List<DateText.Found> inTitle = DateText.find(doc.title(), order, false);
        if (!inTitle.isEmpty()) {
            DateText.Found f = inTitle.get(0);
            out.add(PageDate.of(f.day(), Role.PUBLISHED, DateSource.TITLE, "title", doc.title().substring(f.start(), f.end())));
        }
        Element h1 = region.select("h1").stream().findFirst().orElse(null);
        if (h1 != null) {
            List<DateText.Found> inHeading = DateText.find(h1.text(), order, false);
            if (!inHeading.isEmpty()) {
                DateText.Found f = inHeading.get(0);
                out.add(new PageDate(f.day(), Role.PUBLISHED, DateSource.TITLE, "h1", h1.text().substring(f.start(), f.end()),
                        region.inArticle(h1)));
            }
        }
    }

    private static void textDates(String text, DateText.Order order, List<PageDate> out) {
        List<DateText.Found> days = DateText.find(text, order, false);
        if (!days.isEmpty()) {
            DateText.Found f = days.get(0);
            out.add(new PageDate(f.day(), Role.PUBLISHED, DateSource.TEXT_DATE, "first day in the article's text",
                    text.substring(f.start(), f.end()), true));
        }
    }
}
