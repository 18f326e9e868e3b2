/**
 * Sales planning (销售计划/销售预测): monthly sales targets per salesperson, sales performance per salesperson,
 * customer, product and month with target attainment, and the forecast from open quotes and unshipped contracts.
 */
package com.tradeledger.salesplanning;
