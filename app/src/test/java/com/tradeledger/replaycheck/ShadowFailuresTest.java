package com.tradeledger.replaycheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShadowFailuresTest {

    @Test
    void counts_every_failure_and_keeps_only_the_first_few() {
        ShadowFailures failures = new ShadowFailures(2);
        for (long position = 1; position <= 5; position++) {
            failures.add(new ShadowFailure(position, "event-" + position, "SomeEvent", "SomeProjection", "boom"));
        }

        assertThat(failures.count()).isEqualTo(5);
        assertThat(failures.examples()).extracting(ShadowFailure::position).containsExactly(1L, 2L);
    }
}
