package org.chronologer.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.read.html.PageDate.Role;
import org.junit.jupiter.api.Test;

/** Each source of a page's dates, on small pages written for these tests, and the conflicts between them. */
class WebPageReaderTest {

    private static final WebPageReader READER = new WebPageReader();
    private static final String STORY = "<p>The council voted on the new budget after a long debate, and the mayor said the city would"
            + " hire more teachers, open two libraries and repair the bridge over the river before the winter.</p>";

    private static WebPage page(String head, String body) {
        return READER.read("<!DOCTYPE html><html lang=\"en\"><head><title>Budget</title>" + head + "</head><body>" + body + "</body></html>");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void jsonLdNewsArticleInAGraphGivesPublishedAndModifiedEachWithItsSource() {
        WebPage p = page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Example\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Budget\",\"datePublished\":\"2024-05-16T10:30:00+02:00\","
                + "\"dateModified\":\"2024-05-18T08:00:00+02:00\"}]}</script>", "<article><h1>Budget</h1>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2024-05-16"));
        assertThat(p.published().get().source()).isEqualTo(DateSource.JSON_LD);
        assertThat(p.published().get().where()).contains("NewsArticle.datePublished");
        assertThat(p.modified()).map(PageDate::day).contains(day("2024-05-18"));
    }

    @Test
    void malformedJsonLdIsStillReadForItsDateFields() {
        WebPage p = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"A \"quoted\" word\","
                + "\"datePublished\":\"2021-03-04\"}</script>", STORY);
        assertThat(p.published()).map(PageDate::day).contains(day("2021-03-04"));
    }

    @Test
    void openGraphPublishedTimeIsThePublicationAndUpdatedTimeTheModification() {
        WebPage p = page("<meta property=\"og:updated_time\" content=\"2024-06-01T09:00:00+00:00\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-16T10:30:00+02:00\">", STORY);
        assertThat(p.published()).map(PageDate::source).contains(DateSource.OPEN_GRAPH);
        assertThat(p.published()).map(PageDate::day).contains(day("2024-05-16"));
        assertThat(p.modified()).map(PageDate::day).contains(day("2024-06-01"));
    }

    @Test
    void dublinCoreAndPublishersOwnTagsAreRead() {
        assertThat(page("<meta name=\"DC.date.issued\" content=\"2010-12-08\">", STORY).published())
                .map(PageDate::source).contains(DateSource.DUBLIN_CORE);
        WebPage parsely = page("<meta name=\"parsely-pub-date\" content=\"2019-10-21T12:00:00Z\">", STORY);
        assertThat(parsely.published()).map(PageDate::day).contains(day("2019-10-21"));
        assertThat(parsely.published()).map(PageDate::source).contains(DateSource.PUBLISHER_META);
        assertThat(page("<meta name=\"sailthru.date\" content=\"Mon, 21 Oct 2019 10:00:00 GMT\">", STORY).published())
                .map(PageDate::day).contains(day("2019-10-21"));
    }

    @Test
    void microdataInTheArticleIsRead() {
        WebPage p = page("", "<div itemscope itemtype=\"https://schema.org/BlogPosting\"><h1>Budget</h1>"
                + "<span itemprop=\"datePublished\" content=\"2015-08-25\">25.08.2015</span>" + STORY + "</div>");
        assertThat(p.published()).map(PageDate::source).contains(DateSource.ITEMPROP);
        assertThat(p.published()).map(PageDate::day).contains(day("2015-08-25"));
    }

    @Test
    void aTimeInTheArticleBeatsASidebarTimeOfAnotherArticle() {
        WebPage p = page("", "<aside class=\"sidebar\"><h3>Recent</h3><ul><li><a href=\"/x\">Floods</a> "
                + "<time datetime=\"2024-07-02\">2 July 2024</time></li></ul></aside>"
                + "<article><h1>Budget</h1><p class=\"byline\">By Ann Lee, <time datetime=\"2024-05-16T10:30\">16 May 2024</time></p>"
                + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2024-05-16"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.TIME_ELEMENT);
        assertThat(p.candidates()).noneMatch(d -> d.day().equals(day("2024-07-02")));
    }

    @Test
    void aTimeToldInASentenceOfTheTextIsNotThePagesDate() {
        WebPage p = page("", "<article><h1>Storm</h1><p>Schools across the county were closed on "
                + "<time datetime=\"2022-01-13\">Thursday</time> as the storm brought winds of 90 mph.</p></article>");
        assertThat(p.candidates()).noneMatch(d -> d.source() == DateSource.TIME_ELEMENT);
    }

    @Test
    void readingAPageStopsWhenItsTimeBudgetIsSpent() {
        String html = "<!DOCTYPE html><html><body><article><p>" + "<time datetime=\"2021-03-04\">March 4</time> ".repeat(2000)
                + "</p></article></body></html>";
        assertThat(READER.withTimeBudget(java.time.Duration.ofMinutes(5)).read(html).published()).map(PageDate::day)
                .contains(day("2021-03-04"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.withTimeBudget(java.time.Duration.ofNanos(1)).read(html))
                .isInstanceOf(org.chronologer.text.TimeBudget.Exceeded.class);
    }

    @Test
    void anElementThatLabelsADateIsReadInGermanToo() {
        WebPage p = page("", "<article><h1>Haushalt</h1><div class=\"entry-date\">16. Mai 2024</div>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::source).contains(DateSource.DATE_ELEMENT);
        assertThat(p.published()).map(PageDate::day).contains(day("2024-05-16"));
    }

    @Test
    void bylinesInEnglishAndGermanSayWhichDayIsWhich() {
        WebPage en = page("", "<article><h1>Budget</h1><p>Published 16 May 2024, 10:30 | Updated 18 May 2024</p>" + STORY + "</article>");
        assertThat(en.published()).map(PageDate::day).contains(day("2024-05-16"));
        assertThat(en.published()).map(PageDate::source).contains(DateSource.PUBLICATION_LINE);
        assertThat(en.modified()).map(PageDate::day).contains(day("2024-05-18"));
        assertThat(en.modified()).map(PageDate::source).contains(DateSource.BYLINE);
        WebPage de = page("", "<article><h1>Haushalt</h1><p>Veröffentlicht am 16.05.2024 um 10:30 Uhr</p>" + STORY + "</article>");
        assertThat(de.published()).map(PageDate::day).contains(day("2024-05-16"));
        assertThat(de.published()).map(PageDate::source).contains(DateSource.PUBLICATION_LINE);
    }

    @Test
    void aPublicationLineHasTheLabelRightBeforeTheDayAndABylineNeedNot() {
        for (String line : new String[] {"Published: 17:55, 8 Nov 2023", "Posted on Wednesday, 8 November 2023", "Publié le 8 novembre 2023",
            "Veröffentlicht am Mittwoch, 08.11.2023"}) {
            WebPage p = page("", "<article><h1>Budget</h1><p>" + line + "</p>" + STORY + "</article>");
            assertThat(p.published()).as(line).map(PageDate::source).contains(DateSource.PUBLICATION_LINE);
            assertThat(p.published()).as(line).map(PageDate::day).contains(day("2023-11-08"));
        }
        for (String line : new String[] {"Posted by Anna Smith 08.11.2023", "publiée par Les Echos (08/11/2023)"}) {
            WebPage p = page("", "<article><h1>Budget</h1><p>" + line + "</p>" + STORY + "</article>");
            assertThat(p.published()).as(line).map(PageDate::source).contains(DateSource.BYLINE);
        }
    }

    @Test
    void aPublicationLineInTheArticleOutweighsTheMetadata() {
        // a journal's online-first day in Dublin Core, the day as the article states it
        WebPage p = page("<meta name=\"dc.Date\" content=\"2020-03-03\">",
                "<article><h1>Budget</h1><p>Published: 7 April 2020</p>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2020-04-07"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.PUBLICATION_LINE);
    }

    @Test
    void theDayTheArticleShowsWinsOverTheMetadataWhenTheMetadataStatesItToo() {
        // re-dated when updated: the metadata keeps the first day as published, the article shows the update's
        WebPage p = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2021-11-29T14:13:37+00:00\","
                + "\"dateModified\":\"2022-01-12T14:27:30+00:00\"}</script>",
                "<article><h1>Budget</h1><div class=\"entry-date\">12.01.2022</div>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2022-01-12"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.DATE_ELEMENT);
        assertThat(p.contradicted()).map(PageDate::day).contains(day("2021-11-29"));
        assertThat(p.contradicted()).map(PageDate::source).contains(DateSource.JSON_LD);
        // two metadata sources disagree: the one the article shows wins
        WebPage q = page("<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2022-01-04T07:29:00.000Z\"}</script>",
                "<article><h1>Budget</h1><div class=\"article-info\">06.01.2022</div>" + STORY + "</article>");
        assertThat(q.published()).map(PageDate::day).contains(day("2022-01-06"));
    }

    @Test
    void aDayTheArticleShowsThatNoMetadataStatesLeavesTheMetadataAlone() {
        WebPage p = page("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"2021-11-29\"}</script>",
                "<article><h1>Budget</h1><div class=\"entry-date\">12.01.2022</div>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2021-11-29"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.JSON_LD);
        assertThat(p.contradicted()).isEmpty();
    }

    @Test
    void theAddressGivesTheDayInItsUsualForms() {
        assertThat(READER.read("<html><body>" + STORY + "</body></html>", Optional.of("https://example.org/2024/05/16/budget/"))
                .published()).map(PageDate::day).contains(day("2024-05-16"));
        assertThat(READER.read("<html><body>" + STORY + "</body></html>", Optional.of("https://example.org/news/20240516/budget.html"))
                .published()).map(PageDate::source).contains(DateSource.URL);
        assertThat(READER.read("<html><head><link rel=\"canonical\" href=\"https://example.org/2019/10/21/x/\"></head><body>"
                + STORY + "</body></html>").published()).map(PageDate::day).contains(day("2019-10-21"));
        assertThat(READER.read("<html><body>" + STORY + "</body></html>", Optional.of("https://example.org/item/123456789012")).published())
                .isEmpty();
    }

    @Test
    void anUpdatedDateBesideTheOriginalLeavesThePublicationDayAlone() {
        WebPage p = page("<meta property=\"article:modified_time\" content=\"2023-11-06T14:26:51+00:00\">"
                + "<meta property=\"article:published_time\" content=\"2023-11-03T10:25:56+00:00\">",
                "<article><h1>Budget</h1><p class=\"updated\">Updated: 06.11.2023</p>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2023-11-03"));
        assertThat(p.modified()).map(PageDate::day).contains(day("2023-11-06"));
    }

    @Test
    void aUtcTimeIsTheDayTheArticleShowsWhenThatIsTheDayBefore() {
        WebPage p = page("<meta property=\"article:published_time\" content=\"2020-02-25T02:25:54Z\">",
                "<article><h1>Budget</h1><p class=\"byline-date\">February 24, 2020 | 9:25pm</p>" + STORY + "</article>");
        assertThat(p.published()).map(PageDate::day).contains(day("2020-02-24"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.OPEN_GRAPH);
        WebPage sameDay = page("<meta property=\"article:published_time\" content=\"2020-02-25T02:25:54Z\">",
                "<article><h1>Budget</h1><p class=\"byline-date\">February 25, 2020</p>" + STORY + "</article>");
        assertThat(sameDay.published()).map(PageDate::day).contains(day("2020-02-25"));
    }

    @Test
    void aPageThatStatesOnlyItsModificationIsDatedByIt() {
        WebPage p = page("<meta http-equiv=\"last-modified\" content=\"2012-02-14\">", STORY);
        assertThat(p.published()).map(PageDate::day).contains(day("2012-02-14"));
        assertThat(p.published()).map(PageDate::role).contains(Role.MODIFIED);
    }

    @Test
    void theArticleTextLeavesOutNavigationCommentsAndRelatedLinks() {
        WebPage p = page("", "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav>"
                + "<div class=\"cookie-banner\">We use cookies</div>"
                + "<article><h1>Budget</h1>" + STORY + "<div class=\"related-posts\"><a href=\"/y\">Other story</a></div></article>"
                + "<div id=\"comments\"><p>First! Great article, thanks for writing it, I learned a lot about the budget.</p></div>"
                + "<footer>Imprint</footer>");
        assertThat(p.text()).contains("The council voted").doesNotContain("Home").doesNotContain("cookies")
                .doesNotContain("Other story").doesNotContain("First!").doesNotContain("Imprint");
        assertThat(p.title()).contains("Budget");
        assertThat(p.language()).contains("en");
    }

    @Test
    void theLanguageIsToldFromTheText() {
        WebPage p = READER.read("<html lang=\"en\"><body><article><p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, "
                + "und die Bürgermeisterin sagte, dass die Stadt mehr Lehrer einstellen und die Brücke über den Fluss noch vor dem "
                + "Winter reparieren werde, wie es im Plan steht.</p></article></body></html>");
        assertThat(p.language()).contains("de");
        assertThat(p.english()).isFalse();
    }
    @Test
    void aWebArchivesCopyIsReadThroughItsOriginalAddressAndNoDayAfterItsCaptureIsTaken() {
        String archive = "https://web.archive.org/web/20120216182711/http://example.org/2012/02/14/budget/";
        WebPage p = READER.read("<html><body><article><h1>Budget</h1>" + STORY + "<p>The next vote is on 20 March 2012.</p>"
                + "</article></body></html>", Optional.of(archive));
        assertThat(p.published()).map(PageDate::day).contains(day("2012-02-14"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.URL);
        assertThat(p.candidates()).anyMatch(d -> d.role() == Role.ARCHIVED && d.day().equals(day("2012-02-16")));
        WebPage later = READER.read("<html><body><article><h1>Budget</h1>" + STORY + "<p>The next vote is on 20 March 2012.</p>"
                + "</article></body></html>", Optional.of("https://web.archive.org/web/20120216182711/http://example.org/budget/"));
        assertThat(later.published()).isEmpty();
    }

    @Test
    void theWaybackPlaybackScriptTellsTheCaptureWhenTheAddressDoesNot() {
        WebPage p = READER.read("<html><head><script>__wm.wombat(\"http://example.org/2012/02/14/budget/\",\"20120216182711\","
                + "\"https://web.archive.org/\",\"web\");</script></head><body><article><h1>Budget</h1>" + STORY + "</article></body></html>");
        assertThat(p.published()).map(PageDate::day).contains(day("2012-02-14"));
        assertThat(p.candidates()).anyMatch(d -> d.role() == Role.ARCHIVED && d.day().equals(day("2012-02-16")));
    }

    @Test
    void datePhrasesAreReadOnlyForAPageNotInEnglishWhoseOtherSourcesGiveNoDay() {
        List<String> asked = new ArrayList<>();
        DatePhrases phrases = (text, language, reference) -> {
            asked.add(language + " " + reference.map(LocalDate::toString).orElse("-"));
            return Optional.of(new PageDate(day("2012-02-14"), Role.PUBLISHED, DateSource.TEXT_PHRASE, "test", "am Dienstag", true));
        };
        WebPageReader reader = READER.withDatePhrases(phrases);
        String german = "<html><body><article><h1>Haushalt</h1><p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen, und die "
                + "Bürgermeisterin sagte, dass die Stadt mehr Lehrer einstellen und die Brücke über den Fluss noch vor dem Winter "
                + "reparieren werde, wie es im Plan steht.</p></article></body></html>";
        WebPage p = reader.read(german, Optional.of("https://web.archive.org/web/20120216182711/http://example.org/haushalt"));
        assertThat(p.published()).map(PageDate::source).contains(DateSource.TEXT_PHRASE);
        assertThat(asked).containsExactly("de 2012-02-16");
        reader.read(german.replace("<h1>Haushalt</h1>", "<h1>Haushalt</h1><p>Veröffentlicht am 14.02.2012</p>"));
        reader.read("<html><body><article><h1>Budget</h1>" + STORY + "</article></body></html>");
        assertThat(asked).hasSize(1);
    }
}
