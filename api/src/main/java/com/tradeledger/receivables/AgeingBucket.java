package com.tradeledger.receivables;

/** How overdue an open receivable or payable is on the day asked (账龄): not yet due, or by how many days past due. */
public enum AgeingBucket {
    NOT_DUE,
    DAYS_1_30,
    DAYS_31_60,
    DAYS_61_90,
    OVER_90;

    /** The bucket of an amount so many days past its due date (zero or less: not due). */
    public static AgeingBucket of(long daysOverdue) {
        if (daysOverdue <= 0) {
            return NOT_DUE;
        }
        if (daysOverdue <= 30) {
            return DAYS_1_30;
        }
        if (daysOverdue <= 60) {
            return DAYS_31_60;
        }
        return daysOverdue <= 90 ? DAYS_61_90 : OVER_90;
    }
}
