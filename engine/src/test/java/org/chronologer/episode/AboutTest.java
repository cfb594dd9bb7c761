package org.chronologer.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts name a participant. */
class AboutTest {

    @Test
    void aPersonIsNamedInFullOrBySurnameCapitalised() {
        About a = About.of("Ada Kovalenko");
        assertThat(a.names("Ada Kovalenko arrived")).isTrue();
        assertThat(a.names("Kovalenko's plan")).isTrue();
        assertThat(a.names("the kovalenko method")).isFalse();
        assertThat(a.names("Ada arrived")).isFalse();
    }

    @Test
    void aCompanyIsNamedWithoutItsGenericWordAndByItsTrailingWords() {
        assertThat(About.of("Tarnby Foods Inc.").names("Tarnby Foods said")).isTrue();
        assertThat(About.of("Northern Tarnby Foods").names("Tarnby Foods said")).isTrue();
        assertThat(About.of("Tarnby Foods").names("Tarnbyville")).isFalse();
    }
}
