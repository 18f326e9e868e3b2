/**
 * Schema evolution of the stored events: an event whose shape grows gets a new revision, and the events stored under
 * an earlier revision are read as the current one, by the event store (aggregates), every event processor and replay
 * (projections), and the integrators' feed, while the stored rows stay as they were written.
 */
package com.tradeledger.evolution;
