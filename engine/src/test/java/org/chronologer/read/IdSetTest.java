package org.chronologer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void addsEachIdOnceAndKnowsItAfterGrowing() {
        IdSet set = new IdSet();
        for (int i = 0; i < 50_000; i++) {
            assertThat(set.add("article-" + i)).isTrue();
        }
        assertThat(set.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i += 997) {
            assertThat(set.contains("article-" + i)).isTrue();
            assertThat(set.add("article-" + i)).isFalse();
        }
        assertThat(set.contains("article-50000")).isFalse();
        assertThat(set.contains("Article-1")).isFalse();
        assertThat(set.size()).isEqualTo(50_000);
    }

    @Test
    void fingerprintsDifferForNearIdsAndAreNeverTheEmptySlot() {
        assertThat(IdSet.fingerprint("a")).isNotEqualTo(IdSet.fingerprint("b"));
        assertThat(IdSet.fingerprint("x~2")).isNotEqualTo(IdSet.fingerprint("x~3"));
        assertThat(IdSet.fingerprint("")).isNotZero();
        IdSet set = new IdSet();
        assertThat(set.add("")).isTrue();
        assertThat(set.add("")).isFalse();
    }
}
