/**
 * Webhooks for integrators: a system registers an HTTP endpoint with the pull feed's filters and receives each
 * matching event as the feed's CloudEvent, signed per the Standard Webhooks specification with a secret the ledger
 * issued, at least once and in global order, retried with backoff and paused after repeated failures until it is
 * resumed.
 */
package com.tradeledger.webhooks;
