package org.chronologer.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEscapeTest {

    @Test
    void controlCharactersBecomeVisibleEscapesAndOtherTextIsKept() {
        assertThat(TextEscape.escape("a\nb\tc\u001b[31mred\u0000")).isEqualTo("a\\nb\\tc\\u001b[31mred\\u0000");
        assertThat(TextEscape.escape("Putin’s visit, 2023-10-17 — Пекин")).isEqualTo("Putin’s visit, 2023-10-17 — Пекин");
        assertThat(TextEscape.escape("x\u202Eevil")).isEqualTo("x\\u202eevil");
    }
}
