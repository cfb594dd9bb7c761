package org.chronologer.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class ArticleRegionTest {

    /** A line as the page's text takes it: runs of these spaces as one, white space at its ends left out. */
    private static String byRegex(String line) {
        return line.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").strip();
    }

    @Property(tries = 2000)
    void aLineIsAppendedAsCollapsingItsSpacesAndStrippingItWould(
            @ForAll @Chars({'a', 'b', ' ', '\t', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', '\u200B'}) String line) {
        StringBuilder text = new StringBuilder("x");
        ArticleRegion.appendLine(text, "<" + line + ">", 1, line.length() + 1);
        String expected = byRegex(line);
        assertThat(text.toString()).isEqualTo(expected.isEmpty() ? "x" : "x\n\n" + expected);
    }

    @Test
    void theFirstLineOpensTheTextAndABlankLineAddsNothing() {
        StringBuilder text = new StringBuilder();
        ArticleRegion.appendLine(text, " \t ", 0, 3);
        assertThat(text).isEmpty();
        String line = "  Troops  entered\u00A0 the city. ";
        ArticleRegion.appendLine(text, line, 0, line.length());
        assertThat(text.toString()).isEqualTo("Troops entered the city.");
    }
}
