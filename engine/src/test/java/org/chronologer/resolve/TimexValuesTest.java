package org.chronologer.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValuesTest {

    @ParameterizedTest(name = "{0} {1} -> {2}..{3} {4}")
    @CsvSource(textBlock = """
            2023-10-17,      , 2023-10-17, 2023-10-17, DAY
            2023-10-17T14:30,, 2023-10-17, 2023-10-17, TIME
            2022-02,         , 2022-02-01, 2022-02-28, MONTH
            2024-02,         , 2024-02-01, 2024-02-29, MONTH
            2023-W42,        , 2023-10-16, 2023-10-22, WEEK
            2023-W41-WE,     , 2023-10-14, 2023-10-15, WEEKEND
            2021-W52,        , 2021-12-27, 2022-01-02, WEEK
            2023-H1,         , 2023-01-01, 2023-06-30, HALF
            2023-Q4,         , 2023-10-01, 2023-12-31, QUARTER
            2023-WI,         , 2023-12-01, 2024-02-29, SEASON
            2023,            , 2023-01-01, 2023-12-31, YEAR
            195,             , 1950-01-01, 1959-12-31, DECADE
            19,              , 1900-01-01, 1999-12-31, CENTURY
            2023,         END, 2023-09-01, 2023-12-31, YEAR
            2023-10,      END, 2023-10-22, 2023-10-31, MONTH
            2023,       START, 2023-01-01, 2023-04-30, YEAR
            """)
    void valuesNameTheirCalendarInterval(String value, String mod, LocalDate earliest, LocalDate latest, Granularity g) {
        TimexValues.Interval i = TimexValues.interval(value, Optional.ofNullable(mod)).orElseThrow();
        assertThat(i.earliest()).isEqualTo(earliest);
        assertThat(i.latest()).isEqualTo(latest);
        assertThat(i.granularity()).isEqualTo(g);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2D", "PAST_REF", "PRESENT_REF", "XXXX-03", "2023-13", "2023-02-30", "", "abc"})
    void durationsReferencesAndUnderspecifiedValuesHaveNoInterval(String value) {
        assertThat(TimexValues.interval(value)).isEmpty();
    }
}
