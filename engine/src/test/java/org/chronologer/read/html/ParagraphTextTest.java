package org.chronologer.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class ParagraphTextTest {

    /** A line as the page's text takes it: runs of these spaces as one, white space at its ends left out. */
    private static String byRegex(String line) {
        return line.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").strip();
    }

    @Property(tries = 2000)
    void aLineIsAppendedAsCollapsingItsSpacesAndStrippingItWould(
            @ForAll @Chars({'a', 'b', ' ', '\t', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', '\u200B'}) String line) {
        ParagraphText text = new ParagraphText();
        text.append("x");
        text.lineBreak();
        text.append(line);
        String expected = byRegex(line);
        assertThat(text.toString()).isEqualTo(expected.isEmpty() ? "x" : "x\n\n" + expected);
    }

    @Property(tries = 2000)
    void piecesAndLineBreaksGiveWhatGatheringThemAndCuttingTheLinesGave(@ForAll("pieces") List<String> pieces) {
        ParagraphText text = new ParagraphText();
        StringBuilder gathered = new StringBuilder();
        for (String piece : pieces) {
            if (piece == null) {
                text.lineBreak();
                gathered.append('\n');
            } else {
                text.append(piece);
                gathered.append(piece);
            }
        }
        // the text as it was made before: all of it gathered, then cut into lines, each read alone
        StringBuilder expected = new StringBuilder();
        for (String line : gathered.toString().split("\n", -1)) {
            String read = byRegex(line);
            if (!read.isEmpty()) {
                expected.append(expected.length() > 0 ? "\n\n" : "").append(read);
            }
        }
        assertThat(text.toString()).isEqualTo(expected.toString());
    }

    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<String> piece = Arbitraries.strings().withChars('a', 'b', ' ', '\t', '\u000B', '\u00A0', '\u2003', '\u001C', '\n')
                .ofMaxLength(8);
        // null stands for a line break between pieces (a block's start or end)
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, piece), net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)))
                .list().ofMaxSize(20);
    }

    @Test
    void theFirstLineOpensTheTextAndABlankLineAddsNothing() {
        ParagraphText text = new ParagraphText();
        text.append(" \t ");
        text.lineBreak();
        assertThat(text.toString()).isEmpty();
        text.append("  Troops  entered\u00A0 ");
        text.append(" the city. ");
        assertThat(text.toString()).isEqualTo("Troops entered the city.");
    }
}
