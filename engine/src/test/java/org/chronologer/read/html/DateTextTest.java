package org.chronologer.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days as pages write them, and what is not a day. */
class DateTextTest {

    private static LocalDate first(String text, DateText.Order order) {
        return DateText.find(text, order, true).get(0).day();
    }

    @Test
    void metadataValuesInTheirUsualForms() {
        assertThat(DateText.parseValue("2024-05-16T10:30:00+02:00", DateText.Order.DAY_FIRST)).contains(LocalDate.of(2024, 5, 16));
        assertThat(DateText.parseValue("20240516", DateText.Order.DAY_FIRST)).contains(LocalDate.of(2024, 5, 16));
        assertThat(DateText.parseValue("Thu, 16 May 2024 10:30:00 GMT", DateText.Order.DAY_FIRST)).contains(LocalDate.of(2024, 5, 16));
        assertThat(DateText.parseValue("1715848200", DateText.Order.DAY_FIRST)).contains(LocalDate.of(2024, 5, 16));
        assertThat(DateText.parseValue("2024-05", DateText.Order.DAY_FIRST)).isEmpty();
        assertThat(DateText.parseValue("1970-01-01", DateText.Order.DAY_FIRST)).isEmpty();
    }

    @Test
    void writtenDatesInSeveralLanguages() {
        LocalDate d = LocalDate.of(2024, 5, 16);
        assertThat(first("May 16th, 2024", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(first("Donnerstag, 16. Mai 2024, 10:30 Uhr", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(first("le 16 mai 2024", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(first("16 de mayo de 2024", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(first("16.05.24", DateText.Order.DAY_FIRST)).isEqualTo(d);
    }

    @Test
    void theMonthBeforeTheDayWithTheTimeBeforeTheYearAsUnixWritesIt() {
        LocalDate d = LocalDate.of(2021, 1, 4);
        assertThat(first("Jan 04 09:34 2021", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(first("Mon Jan  4 09:34:00 CET 2021", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(first("January 4, 9:34 am 2021", DateText.Order.DAY_FIRST)).isEqualTo(d);
        assertThat(DateText.find("Jan 04 at 09:34 in 2021", DateText.Order.DAY_FIRST, true)).isEmpty();
    }

    @Test
    void anAmbiguousNumericDayIsReadInThePagesOrderUnlessOneNumberCanOnlyBeTheDay() {
        assertThat(first("05/06/2024", DateText.Order.DAY_FIRST)).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(first("05/06/2024", DateText.Order.MONTH_FIRST)).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(first("5/16/2024", DateText.Order.DAY_FIRST)).isEqualTo(LocalDate.of(2024, 5, 16));
    }

    @Test
    void versionNumbersAndMonthsAloneAreNotDays() {
        assertThat(DateText.find("Version 1.2.13 released in Mai 2024", DateText.Order.DAY_FIRST, false)).isEmpty();
    }
}
