/**
 * The history read models: each customer's timeline (客户历史) of every event that touched the customer or its
 * quotes, contracts, shipments, invoices and payments, a merged duplicate's past included; and each contract's story
 * (订单历史) across its quote, approvals, purchasing, receipts, shipments, invoices, payments and commissions. Both
 * are kept by global position, read a page at a time or streamed whole for CSV.
 */
package com.tradeledger.history;
