/**
 * Keeps the quote book (报价) up to date: drafts, line changes, approvals, issues (each kept as the customer was
 * sent it), customer feedback (报价反馈), revisions, and acceptance, rejection or expiry, applied in order and at
 * most once per event, so that the book can be dropped and rebuilt from the log.
 */
package com.tradeledger.quoting;
