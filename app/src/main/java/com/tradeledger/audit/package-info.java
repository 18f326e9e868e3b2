/**
 * Tamper evidence for auditors: a hash chain over the whole event log, kept by one ordered processor in its own
 * table; a digest (head position and hash) an auditor writes down or publishes, and a verification that recomputes
 * the chain from the stored rows, over HTTP or offline, and names the first position where the log no longer
 * matches.
 */
package com.tradeledger.audit;
