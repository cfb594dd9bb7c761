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
    /** A date phrase after a word that says what it is: "Published 16 May 2024", "Veröffentlicht am 16.05.2024", "Updated: ...". */
    BYLINE("byline"),
    /** The page's address: {@code /2024/05/16/}, {@code /2024-05-16-}, {@code /20240516/}. */
    URL("URL"),
    /** The page's {@code <title>} or its first heading. */
    TITLE("title"),
    /** The first day written in the article's text. */
    TEXT_DATE("date in text");

    private final String label;

    DateSource(String label) {
        this.label = label;
    }

    /** A short name for tables and messages. */
    public String label() {
        return label;
    }
}
