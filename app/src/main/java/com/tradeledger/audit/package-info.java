/**
 * What auditors read and check: a hash chain over the whole event log, kept by one ordered processor in its own
 * table; a digest (head position and hash) an auditor writes down or publishes, and a verification that recomputes
 * the chain from the stored rows, over HTTP or offline, and names the first position where the log no longer
 * matches. Also any aggregate's events as stored, its state at a point in time rebuilt from its events by its own
 * code, and the audit export (a period or a contract's whole story) as JSON Lines with each event's chain link.
 */
package com.tradeledger.audit;
