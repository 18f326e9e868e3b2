/**
 * Builds the histories from the log: each customer's timeline (客户历史) and each contract's story (订单历史), with a
 * short summary of every event in the trade's words, and the links between quotes, contracts, purchasing, receipts,
 * shipments, invoices and payments worked out from the events themselves.
 */
package com.tradeledger.history;
