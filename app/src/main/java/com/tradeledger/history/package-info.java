/**
 * The histories over HTTP: a customer's timeline (客户历史) and a contract's story (订单历史), a page at a time as
 * JSON or whole as CSV, for salespeople on their own customers and for managers, finance and auditors on all.
 */
package com.tradeledger.history;
