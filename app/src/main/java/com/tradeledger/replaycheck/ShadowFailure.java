package com.tradeledger.replaycheck;

/** An event the shadow replay could not handle (the live processor would have parked it): where, what, and why. */
record ShadowFailure(long position, String eventIdentifier, String eventType, String handler, String cause) {}
