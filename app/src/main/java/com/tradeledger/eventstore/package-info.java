/**
 * The event store on PostgreSQL: the embedded database that runs when no URL is given, Axon's JDBC stores, the
 * stored event format, and the health of the processors that read the log.
 */
package com.tradeledger.eventstore;
