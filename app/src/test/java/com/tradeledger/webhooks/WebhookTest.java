package com.tradeledger.webhooks;

import com.tradeledger.LedgerTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole server as {@link LedgerTest} runs it, with webhook timings in milliseconds so retries, backoff and
 * pausing happen within a test: three failures in a row pause a subscription.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LedgerTest
@TestPropertySource(
        properties = {
            "tradeledger.webhooks.poll-interval=20ms",
            "tradeledger.webhooks.backoff-base=40ms",
            "tradeledger.webhooks.backoff-max=400ms",
            "tradeledger.webhooks.max-failures=3",
            "tradeledger.webhooks.connect-timeout=500ms",
            "tradeledger.webhooks.read-timeout=2s"
        })
@interface WebhookTest {

    int MAX_FAILURES = 3;
    long BACKOFF_BASE_MILLIS = 40;
}
