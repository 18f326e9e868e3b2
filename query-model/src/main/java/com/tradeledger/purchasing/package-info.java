/**
 * The purchasing read models (采购): the supplier directory (供应商) with offers per product; the purchase book of
 * requisitions (采购计划) by contract line and purchase orders with what is ordered, accepted, cancelled and still on
 * order per line; and the delivery risks (交期匹配) with their history, listed by contract, supplier, status and days
 * late.
 */
package com.tradeledger.purchasing;
