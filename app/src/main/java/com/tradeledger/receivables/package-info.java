/** Receivables (应收帐款) for analysts over HTTP: aged lists, summaries and CSV exports, read by role and ownership. */
package com.tradeledger.receivables;
