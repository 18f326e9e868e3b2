/**
 * The integrators' contract as code: one JSON Schema per event type and revision, generated from the {@code api}
 * records and kept as the contract's history, and an AsyncAPI 3.0 document for the pull feed, the live stream and
 * the webhooks built from those schemas; both served so that an integrator can generate code and validate what it
 * receives.
 */
package com.tradeledger.contract;
