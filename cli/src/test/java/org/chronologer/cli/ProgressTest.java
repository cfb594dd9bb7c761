package org.chronologer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theLineGivesArticlesRateAndTimeLeftWhenTheInputSizeIsKnown() {
        assertThat(Progress.line(100, 50_000, 200_000, 10.0)).isEqualTo("100 articles · 10.0/s · 25% · about 0:30 left");
        assertThat(Progress.line(1_500, 50_000, 0, 60.0)).isEqualTo("1,500 articles · 25.0/s");
    }

    @Test
    void nothingIsPrintedWhenDisabledOrBeforeTheRunIsLong() {
        StringWriter off = new StringWriter();
        Progress disabled = new Progress(new PrintWriter(off), false, 1000);
        StringWriter on = new StringWriter();
        Progress enabled = new Progress(new PrintWriter(on), true, 1000);
        for (int i = 0; i < 100; i++) {
            disabled.done(5);
            enabled.done(5);
        }
        disabled.finish();
        enabled.finish();
        assertThat(off.toString()).isEmpty();
        assertThat(on.toString()).isEmpty();
    }
}
