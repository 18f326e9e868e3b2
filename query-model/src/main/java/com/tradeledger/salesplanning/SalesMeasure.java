package com.tradeledger.salesplanning;

/** The figures of sales performance that events add to, each kept in its own column. */
public enum SalesMeasure {
    QUOTED("quoted"),
    CONTRACTED("contracted"),
    SHIPPED("shipped"),
    INVOICED("invoiced"),
    CREDITED("credited"),
    QUOTES_WON("quotes_won"),
    QUOTES_LOST("quotes_lost"),
    COMMISSION_ACCRUED("commission_accrued"),
    COMMISSION_PAID("commission_paid");

    private final String column;

    SalesMeasure(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
