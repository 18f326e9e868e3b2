/**
 * Sales planning over HTTP (销售计划/销售预测): sales performance with its filters, groups, totals and CSV export,
 * sales targets set by managers and read with their attainment, and the forecast; salespeople read their own.
 */
package com.tradeledger.salesplanning;
