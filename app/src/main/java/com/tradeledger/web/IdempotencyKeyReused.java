package com.tradeledger.web;

/** The same Idempotency-Key came with a different request; answered with 422, and nothing is done. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
