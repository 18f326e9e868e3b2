package com.tradeledger.evolution;

/** A stored event's payload as the current revision reads it: its type, revision and JSON. */
public record UpcastPayload(String type, String revision, byte[] payload) {}
