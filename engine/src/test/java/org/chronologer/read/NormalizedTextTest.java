package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void typographicCharactersBecomePlainAndOffsetsPointBackIntoTheOriginal() {
        String original = "Putin\u2019s \u201Cno-limits\u201D deal\u2026 signed\u00A0in 2022 \u2013 Reuters";
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).isEqualTo("Putin's \"no-limits\" deal... signed in 2022 - Reuters");
        int start = n.text().indexOf("2022");
        assertThat(original.substring(n.toOriginal(start), n.toOriginalEnd(start + 4))).isEqualTo("2022");
        int dots = n.text().indexOf("...");
        assertThat(original.substring(n.toOriginal(dots), n.toOriginalEnd(dots + 3))).isEqualTo("\u2026");
    }

    @Test
    void aTextWithNothingToChangeIsItselfNotACopy() {
        String plain = "Putin's \"no-limits\" deal... signed in 2022 - Reuters\nOn Monday.";
        NormalizedText n = NormalizedText.of(plain);
        assertThat(n.text()).isSameAs(plain);
        assertThat(n.toOriginal(plain.indexOf("2022"))).isEqualTo(plain.indexOf("2022"));
        assertThat(NormalizedText.of(plain + "\u2019").text()).isEqualTo(plain + "'");
        // a part of the text alone, read with the line break after it, is not the text
        assertThat(NormalizedText.of(plain, java.util.List.of(new int[] {0, 5})).text()).isEqualTo("Putin\n");
    }

    @Test
    void windowsLineEndingsBecomeSingleLineBreaks() {
        NormalizedText n = NormalizedText.of("One.\r\nTwo on Monday.");
        assertThat(n.text()).isEqualTo("One.\nTwo on Monday.");
        int at = n.text().indexOf("Monday");
        assertThat(n.original().substring(n.toOriginal(at), n.toOriginalEnd(at + 6))).isEqualTo("Monday");
    }

    @Property
    void everyNormalisedSpanMapsToAnOrderedSpanInsideTheOriginal(@ForAll String original) {
        NormalizedText n = NormalizedText.of(original);
        int previous = 0;
        for (int i = 0; i <= n.text().length(); i++) {
            int o = n.toOriginal(i);
            assertThat(o).isBetween(previous, original.length());
            previous = o;
        }
        assertThat(n.toOriginalEnd(n.text().length())).isLessThanOrEqualTo(original.length());
    }

    @Property
    void theMapBackIsTheOneOfEveryCharacterTakenInTurn(
            @ForAll @Chars({'a', 'b', ' ', '\u2026', '\r', '\n', '\u200B', '\u00AD', '\u2019', '\u2014', '\u00A0'}) String original) {
        // the plain map, one original offset per normalised character, which the runs of NormalizedText stand for
        java.util.List<Integer> plain = new java.util.ArrayList<>();
        for (int i = 0; i < original.length(); i++) {
            String r = NormalizedText.replacement(original.charAt(i), i + 1 < original.length() ? original.charAt(i + 1) : ' ');
            for (int k = 0; k < (r == null ? 1 : r.length()); k++) {
                plain.add(i);
            }
        }
        plain.add(original.length());
        NormalizedText n = NormalizedText.of(original);
        assertThat(n.text()).hasSize(plain.size() - 1);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(n.toOriginal(i)).as("offset %d of %s", i, n.text()).isEqualTo(plain.get(i));
        }
    }

    @Test
    void partsAloneAreReadWithTheLineBreaksBetweenThemAndMapBackToTheOriginal() {
        String original = "One said. Two on Monday, \u201Cthree\u201D. Four.\n\nFive.\nSix on Tuesday. Seven.";
        int a = original.indexOf("Two");
        int b = original.indexOf("Four");
        int c = original.indexOf("Six");
        int d = original.indexOf("Seven");
        NormalizedText n = NormalizedText.of(original, java.util.List.of(new int[] {a, b}, new int[] {c, d}));
        // what lies between the parts: a space where it holds no line break, else its line breaks
        assertThat(n.text()).isEqualTo(" Two on Monday, \"three\". \n\n\nSix on Tuesday.  ");
        for (String word : new String[] {"Monday", "three", "Tuesday"}) {
            int at = n.text().indexOf(word);
            assertThat(original.substring(n.toOriginal(at), n.toOriginalEnd(at + word.length()))).isEqualTo(word);
        }
        // every part of the text: the same as the text normalised whole
        NormalizedText whole = NormalizedText.of(original, java.util.List.of(new int[] {0, original.length()}));
        assertThat(whole.text()).isEqualTo(NormalizedText.of(original).text());
    }
}
