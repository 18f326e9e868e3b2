package com.tradeledger.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookBackoffTest {

    private final WebhookProperties properties = new WebhookProperties(
            true,
            Duration.ofSeconds(2),
            Duration.ofSeconds(10),
            Duration.ofSeconds(1),
            Duration.ofMinutes(5),
            10,
            Duration.ofSeconds(1),
            2,
            Duration.ofSeconds(5));

    @Test
    void the_pause_before_a_retry_doubles_from_the_base_with_each_failure_in_a_row() {
        assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.backoff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(properties.backoff(9)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void the_pause_never_passes_the_maximum_however_many_failures() {
        assertThat(properties.backoff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoff(64)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }
}
