/**
 * Builds sales performance (销售计划/销售预测) from quotes, contracts, shipments, invoices, payments, commissions and
 * the targets set: every figure goes to the salesperson the quote, contract or invoice named at the time.
 */
package com.tradeledger.salesplanning;
