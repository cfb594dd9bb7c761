package org.chronologer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    /** The furniture lines of a text, as written. */
    private static List<String> furniture(String text) {
        return PageFurniture.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void commentsStampsListsPromptsAndCreditsAreFurniture() {
        assertThat(PageFurniture.isFurniture("At 09:12 3rd Mar 2011, grumpyowl wrote:")).isTrue();
        assertThat(PageFurniture.isFurniture("You might also like")).isTrue();
        assertThat(PageFurniture.isFurniture("Related stories")).isTrue();
        assertThat(PageFurniture.isFurniture("Sign up for our morning newsletter")).isTrue();
        assertThat(PageFurniture.isFurniture("Photo: Jane Roe / Reuters")).isTrue();
        assertThat(PageFurniture.isFurniture("The mayor opened the new bridge on Friday (Photo by John Doe)")).isTrue();
    }

    @Test
    void newsSentencesAreNot() {
        assertThat(PageFurniture.isFurniture("The mayor opened the new bridge on Friday after two years of work.")).isFalse();
        assertThat(PageFurniture.isFurniture("Officials said the talks would resume next week.")).isFalse();
    }

    @Test
    void aListHeadingTakesTheTitlesAfterItUntilProseReturns() {
        String text = "The council voted on Monday.\nRelated stories\nFloods hit the valley again\nNew mayor sworn in\n"
                + "The vote was close, and the opposition said it would appeal.";
        List<int[]> spans = PageFurniture.spans(text);
        assertThat(spans).hasSize(3);
        assertThat(text.substring(spans.get(2)[0], spans.get(2)[1])).isEqualTo("New mayor sworn in");
    }

    @Test
    void theCaptionAboveAPhotoCreditAndARepeatedLineAreFurniture() {
        String text = "The council voted on Monday to close the old pier.\n"
                + "Gulls rest on the old pier at Corvend last winter.\nGulls rest on the old pier at Corvend last winter.\n"
                + "Ann Lee/Pool/Reuters\nRelated article\nWhy the pier closed\nThe vote was close, and the opposition said it would appeal.";
        assertThat(furniture(text)).containsExactly("Gulls rest on the old pier at Corvend last winter.",
                "Gulls rest on the old pier at Corvend last winter.", "Ann Lee/Pool/Reuters", "Related article", "Why the pier closed");
    }

    @Test
    void theLineAboveACopyrightNoticeOrACaptionWithItsOwnCreditIsNoCaption() {
        String text = "The council voted to close the old pier.\n"
                + "Gulls rest on the old pier at Corvend. (Photo: Ann Lee / Reuters)\n"
                + "The vote was close.\nCopyright \u00A9 2031 The Corvend Times";
        assertThat(furniture(text)).containsExactly("Gulls rest on the old pier at Corvend. (Photo: Ann Lee / Reuters)",
                "Copyright \u00A9 2031 The Corvend Times");
    }
}
