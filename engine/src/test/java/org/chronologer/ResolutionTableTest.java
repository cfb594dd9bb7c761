package org.chronologer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences with a known publication date and the value one of their expressions must resolve to, through the
 * real taggers. The first block is the foundation issue's table (from the fixtures); the rest are sentences
 * written for these tests, to check that the same behaviour holds on text the rules were not written for.
 */
class ResolutionTableTest {

    @ParameterizedTest(name = "[{0}] {1} | {2} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-10-17 | Putin arrived in Beijing on Tuesday.                                      | Tuesday                     | 2023-10-17 |
            2023-10-17 | He is scheduled to hold talks with Xi on Wednesday.                       | Wednesday                   | 2023-10-18 |
            2023-10-17 | The ministers held talks in Beijing on Monday.                            | Monday                      | 2023-10-16 |
            2023-10-17 | The two men last met in March in Moscow.                                  | March                       | 2023-03    |
            2023-10-17 | They met in Indonesia in 2013. Five years later they rode a train.        | Five years later            | 2018       |
            2023-10-17 | In 2019 he threw a party. On a visit to Moscow the same year, Xi spoke.   | the same year               | 2019       |
            2023-10-17 | He was last in Beijing in February 2022. At that time they signed a deal. | that time                   | 2022-02    |
            2023-10-17 | A visit to China that ended at the weekend.                               | the weekend                 | 2023-W41-WE |
            2023-10-17 | Trade surged in the first half of this year.                              | the first half of this year | 2023-H1    |
            2023-10-17 | Zhai Jun will visit the region this week.                                 | this week                   | 2023-W42   |
            2023-10-17 | The EU will hold a summit before the end of the year.                     | the end of the year         | 2023       | END
            2023-10-17 | The two men were born in the early 1950s.                                 | the early 1950s             | 195        | START
            2023-10-17 | The army seeks to modernise by 2035.                                      | 2035                        | 2035       |
            2024-05-16 | Trade reached an all-time high last year.                                 | last year                   | 2023       |
            2024-05-16 | A ceremony in Beijing last May.                                           | last May                    | 2023-05    |
            2024-05-16 | Putin landed for a two-day state visit.                                   | two-day                     | P2D        |
            2024-03-06 | The minister flew to Paris on Friday.                                     | Friday                      | 2024-03-01 |
            2024-03-06 | The talks will resume on Friday.                                          | Friday                      | 2024-03-08 |
            2024-03-06 | The unions are expected to strike on Monday.                              | Monday                      | 2024-03-11 |
            2024-03-06 | The festival will take place in July.                                     | July                        | 2024-07    |
            2024-03-06 | Prices fell sharply in November.                                          | November                    | 2023-11    |
            2024-03-06 | The floods hit the region three days ago.                                 | three days ago              | 2024-03-03 |
            2024-03-06 | She resigned in June 2015. The same month, protests began in the capital. | The same month              | 2015-06    |
            2024-03-06 | The law was passed in 1998. Two years later it was repealed.              | Two years later             | 2000       |
            2024-03-06 | The company said on Tuesday that profits fell in the second quarter of last year. | the second quarter of last year | 2023-Q2 |
            2024-03-06 | The elections will be held next month.                                    | next month                  | 2024-04    |
            2024-03-06 | The match was postponed at the weekend.                                   | the weekend                 | 2024-W09-WE |
            2024-03-06 | Fans will gather at the weekend for the final.                            | the weekend                 | 2024-W10-WE |
            2024-01-03 | Exports fell in December, the ministry said.                              | December                    | 2023-12    |
            2024-01-03 | The new plant will open in December.                                      | December                    | 2024-12    |
            2021-12-30 | The vote took place on Tuesday.                                           | Tuesday                     | 2021-12-28 |
            2021-12-30 | The bill was signed last week.                                            | last week                   | 2021-W51   |
            2022-06-15 | The pact was sealed in April 2009. A year later, the two sides split.     | A year later                | 2010       |
            2022-06-15 | Revenue doubled in the first half of last year.                           | the first half of last year | 2021-H1    |
            2000-02-17 | Rebels attacked the town on Wednesday night.                              | Wednesday night             | 2000-02-16TNI |
            2000-01-07 | Wednesday's ruling would force the firm to pay.                           | Wednesday                   | 2000-01-05 |
            1999-02-16 | They invited him to speak on March 12.                                    | March 12                    | 1999-03-12 |
            1998-02-13 | The dispute began several years ago.                                      | several years ago           | PAST_REF   |
            """)
    void resolvesAgainstThePublicationDate(LocalDate published, String sentence, String expression, String value, String mod) {
        List<Mention> mentions = SharedExtractor.get().extract(sentence, Optional.of(published)).mentions();
        int at = sentence.indexOf(expression);
        assertThat(at).as("test data: expression in sentence").isNotNegative();
        Mention m = mentions.stream().filter(x -> x.start() < at + expression.length() && at < x.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no mention over '" + expression + "' in " + mentions));
        assertThat(m.resolution().value()).as("value of '%s' (%s)", m.text(), m.symbolic().describe()).contains(value);
        if (mod != null) {
            assertThat(m.resolution().mod()).contains(mod);
        }
    }
}
