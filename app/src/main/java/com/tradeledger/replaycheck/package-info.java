/**
 * The replay check for auditors: a chosen projection is rebuilt from the event log into shadow tables, beside the
 * live view and without touching it, and every row where the two disagree is reported by table, key and column, so
 * that an auditor can trust that a read model is what the log says it is.
 */
package com.tradeledger.replaycheck;
