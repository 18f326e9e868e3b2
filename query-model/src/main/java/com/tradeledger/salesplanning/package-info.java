/**
 * The sales performance read model (销售计划/销售预测): monthly figures per salesperson, customer, product and
 * currency, the targets set against them, and what the forecast reads of open quotes and unshipped contracts.
 */
package com.tradeledger.salesplanning;
