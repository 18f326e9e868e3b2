package com.tradeledger.audit;

import java.time.Instant;

/**
 * The head of the hash chain: the global position of the last chained event and its hash, which an auditor writes
 * down or publishes to check the log against later; how many events the chain covers and when the head was chained.
 * An empty log has no position and the genesis hash (64 zeros).
 */
record ChainDigest(Long position, String hash, long events, Instant chainedAt) {}
