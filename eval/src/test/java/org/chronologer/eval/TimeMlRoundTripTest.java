package org.chronologer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronologer.extract.Mention;
import org.chronologer.extract.MentionExtractor;
import org.chronologer.write.TimeMlWriter;
import org.junit.jupiter.api.Test;

/** What the engine writes as TimeML, the project's own TimeML reader reads back: the text, the creation time, every TIMEX3. */
class TimeMlRoundTripTest {

    @Test
    void aFixtureArticleWrittenAsTimeMlReadsBackWithItsTextCreationTimeAndExpressions() throws Exception {
        String text = Files.readString(Path.of("..", "fixtures", "putin-beijing", "003_c291ff9d26b115a1.txt"))
                + "\r\nA line with <markup> & \"quotes\".";
        LocalDate dct = LocalDate.of(2023, 10, 17);
        List<Mention> mentions;
        try (MentionExtractor extractor = new MentionExtractor()) {
            mentions = extractor.extract(text, Optional.of(dct)).mentions();
        }
        assertThat(mentions).hasSizeGreaterThanOrEqualTo(3);
        TimeMlDocument doc = TimeMlDocument.parse("003", TimeMlWriter.document("003", Optional.of("Forum"), text, dct, mentions));
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.dct()).contains(dct);
        List<Mention> written = new ArrayList<>();
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() >= at) {
                written.add(m);
                at = m.end();
            }
        }
        assertThat(doc.timexes()).hasSize(written.size());
        for (int i = 0; i < written.size(); i++) {
            Mention m = written.get(i);
            TimeMlDocument.Timex t = doc.timexes().get(i);
            assertThat(t.start()).isEqualTo(m.start());
            assertThat(t.end()).isEqualTo(m.end());
            assertThat(t.text()).isEqualTo(m.text());
            assertThat(t.type()).isEqualTo(m.type().name());
            assertThat(t.value()).isEqualTo(m.resolution().value().orElse(""));
            assertThat(t.mod()).isEqualTo(m.resolution().mod());
        }
    }
}
