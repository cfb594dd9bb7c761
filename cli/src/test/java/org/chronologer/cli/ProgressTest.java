package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.chronologer.ProgressListener.Stage;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aCountedStageGivesItsNameArticlesRateAndTimeLeft() {
        assertThat(Progress.counted(Stage.TAGGING, 30, 300, 10.0)).isEqualTo("tagging 30/300 articles · 3.0/s · about 1:30 left");
        assertThat(Progress.counted(Stage.DATING, 300, 300, 2.0)).isEqualTo("dating 300/300 articles · 150.0/s");
        assertThat(Progress.counted(Stage.TAGGING, 0, 300, 9.0)).isEqualTo("tagging 0/300 articles · starting the taggers");
        assertThat(Progress.counted(Stage.TAGGING, 1, 100_000, 1.0)).endsWith("about 27:46:39 left");
    }

    @Test
    void aStreamedRunGivesArticlesRateAndTheShareOfTheInputDone() {
        assertThat(Progress.streamed(Stage.DATING, 100, 50_000, 200_000, 10.0)).isEqualTo("dating · 100 articles · 10.0/s · 25% · about 0:30 left");
        assertThat(Progress.streamed(Stage.TAGGING, 1_500, 50_000, 0, 60.0)).isEqualTo("tagging · 1,500 articles · 25.0/s");
    }

    @Test
    void nothingIsPrintedWhenDisabledOrBeforeTheRunIsLong() {
        StringWriter off = new StringWriter();
        Progress disabled = new Progress(new PrintWriter(off), false, 1000, true);
        StringWriter on = new StringWriter();
        Progress enabled = new Progress(new PrintWriter(on), true, 1000, true);
        for (int i = 0; i < 100; i++) {
            disabled.written(5);
            enabled.written(5);
            disabled.show();
            enabled.show();
        }
        disabled.finish();
        enabled.finish();
        assertThat(off.toString()).isEmpty();
        assertThat(on.toString()).isEmpty();
    }

    @Test
    void aLongRunShowsTheStageItIsInAndClearsTheLineAtTheEnd() throws Exception {
        StringWriter on = new StringWriter();
        Progress p = new Progress(new PrintWriter(on), true, 0, false);
        p.advanced(Stage.TAGGING, 1, 3);
        Thread.sleep(Progress.QUIET_FOR_NANOS / 1_000_000 + 700);
        p.advanced(Stage.LINKING, 2, 3);
        p.show();
        p.finish();
        assertThat(on.toString()).contains("linking 2/3 articles").endsWith("\r");
    }
}
