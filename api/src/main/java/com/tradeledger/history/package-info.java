/**
 * The histories auditors and analysts read: one customer's timeline of everything that touched the customer
 * (客户历史), with a merged duplicate's past under its survivor, and one contract's whole story across quotes,
 * purchasing, receiving, shipping and billing (订单历史), each entry saying what happened, who did it and when.
 */
package com.tradeledger.history;
