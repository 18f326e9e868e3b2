package com.tradeledger.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexGapTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void a_gap_younger_than_the_timeout_may_still_be_filled() {
        var young = new IndexGap(12, NOW.minusSeconds(5));

        assertThat(IndexGap.firstOpen(List.of(young), NOW, TIMEOUT)).contains(young);
    }

    @Test
    void a_gap_older_than_the_timeout_is_a_rolled_back_append() {
        var old = new IndexGap(3, NOW.minusSeconds(61));

        assertThat(IndexGap.firstOpen(List.of(old), NOW, TIMEOUT)).isEmpty();
    }

    @Test
    void the_first_open_gap_is_the_lowest_young_one_past_any_old_ones() {
        var old = new IndexGap(3, NOW.minusSeconds(3600));
        var young = new IndexGap(12, NOW.minusSeconds(1));
        var younger = new IndexGap(15, NOW);

        assertThat(IndexGap.firstOpen(List.of(old, young, younger), NOW, TIMEOUT))
                .contains(young);
    }
}
