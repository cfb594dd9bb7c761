package org.chronologer.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IrregularVerbsTest {

    @Test
    void aPastFormOrParticipleGivesItsBaseUnlessItIsABaseItself() {
        assertThat(IrregularVerbs.baseOf("shook")).contains("shake");
        assertThat(IrregularVerbs.baseOf("withdrawn")).contains("withdraw");
        assertThat(IrregularVerbs.baseOf("were")).contains("be");
        // "lay" is the past of "lie" and a verb of its own; "come" is a participle and a base
        assertThat(IrregularVerbs.baseOf("lay")).isEmpty();
        assertThat(IrregularVerbs.baseOf("come")).isEmpty();
        assertThat(IrregularVerbs.baseOf("walked")).isEmpty();
    }

    @Test
    void onlyTheVerbsWhosePastIsTheirBaseAreMarkedSo() {
        assertThat(IrregularVerbs.pastIsBase("read")).isTrue();
        assertThat(IrregularVerbs.pastIsBase("broadcast")).isTrue();
        assertThat(IrregularVerbs.pastIsBase("take")).isFalse();
        assertThat(IrregularVerbs.pastIsBase("come")).isFalse();
    }
}
