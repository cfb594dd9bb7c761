package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
