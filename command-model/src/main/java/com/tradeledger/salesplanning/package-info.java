/**
 * Sales targets (销售计划): one per salesperson and month, in the functional currency, set and reset by managers.
 * Who is a salesperson is kept in the staff accounts, outside the events; the HTTP layer checks it before sending.
 */
package com.tradeledger.salesplanning;
