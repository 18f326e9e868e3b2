package com.tradeledger.salesplanning;

/** What sales performance is summed by: one line per salesperson, customer, product or month (and currency). */
public enum SalesGrouping {
    SALESPERSON,
    CUSTOMER,
    PRODUCT,
    MONTH
}
