package org.chronologer.read.html;

/**
 * Where in a web page a date was read. The constants are in no particular order: the order in which
 * {@link WebPageReader} trusts them is its {@link DateVote}.
 */
public enum DateSource {
    /** A schema.org object in a {@code <script type="application/ld+json">}: {@code datePublished}, {@code dateCreated}, {@code dateModified}. */
    JSON_LD("JSON-LD"),
    /** OpenGraph and the {@code article:} namespace: {@code article:published_time}, {@code og:updated_time}, ... */
    OPEN_GRAPH("OpenGraph"),
    /** Dublin Core: {@code dc.date}, {@code dcterms.created}, {@code dcterms.modified}, ... */
    DUBLIN_CORE("Dublin Core"),
    /** Other {@code <meta>} names publishers use: parse.ly, sailthru, {@code date}, {@code pubdate}, citation_*, {@code last-modified}, ... */
    PUBLISHER_META("publisher meta"),
    /** Microdata: an element with {@code itemprop="datePublished"} (or dateCreated, dateModified) in the body. */
    ITEMPROP("itemprop"),
    /** A {@code <time>} element with a date, in the article rather than in a sidebar. */
    TIME_ELEMENT("<time>"),
    /** An element whose class or id says it holds a date or a byline ({@code class="entry-date"}, {@code id="datum"}, {@code class="byline"}, ...). */
    DATE_ELEMENT("date element"),
    /**
     * A day the page labels as its publication in so many words, the label right before the day (a colon, "on", "am",
     * "le", a weekday or a time of day between them at most): "Published: 7 April 2020", "Veröffentlicht am
     * 31.10.2023", "Publié le 27 octobre 2023", "Posted on Friday, 15 April 2016".
     */
    PUBLICATION_LINE("publication line"),
    /**
     * A date phrase after a word that says what it is, not as directly as a {@link #PUBLICATION_LINE}: "Posted by
     * Anna 21.10.2019", "Updated: 18 May 2024", "Aktualisiert am 28.01.2020".
     */
    BYLINE("byline"),
    /** The page's address: {@code /2024/05/16/}, {@code /2024-05-16-}, {@code /20240516/}. */
    URL("URL"),
    /** The page's {@code <title>} or its first heading. */
    TITLE("title"),
    /** The first day written in the article's text. */
    TEXT_DATE("date in text"),
    /**
     * A date phrase of the article's text as a temporal tagger reads it in the page's language, for a page not in
     * English whose other sources give no day ({@link DatePhrases}): "4. Januar 2021", or "am Dienstag" as the
     * Tuesday before the day a web archive saved the page.
     */
    TEXT_PHRASE("date phrase in text");

    private final String label;

    DateSource(String label) {
        this.label = label;
    }

    /** A short name for tables and messages. */
    public String label() {
        return label;
    }

    /** A stable name for output formats: the constant's name in lower case, words joined by hyphens ({@code json-ld}, {@code date-element}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
