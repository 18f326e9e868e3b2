package com.tradeledger.receivables;

/**
 * The SQL that ages rows {@code r} with {@code due_on} and {@code outstanding} columns on the day in {@code :day}:
 * days overdue, and the sums of an ageing summary per bucket. The buckets match {@link AgeingBucket#of(long)}.
 */
public final class AgeingSql {

    /** Days past the due date; zero or less when not yet due. */
    public static final String DAYS_OVERDUE = "(cast(:day as date) - r.due_on)";

    /** The number of rows, their outstanding, and the outstanding of each bucket, named as {@link AgeingGroup} reads. */
    public static final String SUMS = "count(*) as documents, sum(r.outstanding) as outstanding, "
            + bucketSum("r.due_on >= cast(:day as date)", "not_due")
            + ", " + bucketSum(dueBetween(30, 1), "days_1_30")
            + ", " + bucketSum(dueBetween(60, 31), "days_31_60")
            + ", " + bucketSum(dueBetween(90, 61), "days_61_90")
            + ", " + bucketSum("r.due_on <= cast(:day as date) - 91", "over_90");

    /** The bucket of a row, as the name of an {@link AgeingBucket}. */
    public static final String BUCKET = "case when r.due_on >= cast(:day as date) then 'NOT_DUE'"
            + " when r.due_on >= cast(:day as date) - 30 then 'DAYS_1_30'"
            + " when r.due_on >= cast(:day as date) - 60 then 'DAYS_31_60'"
            + " when r.due_on >= cast(:day as date) - 90 then 'DAYS_61_90' else 'OVER_90' end";

    private AgeingSql() {}

    private static String dueBetween(int mostDays, int leastDays) {
        return "r.due_on between cast(:day as date) - " + mostDays + " and cast(:day as date) - " + leastDays;
    }

    private static String bucketSum(String condition, String name) {
        return "coalesce(sum(r.outstanding) filter (where " + condition + "), 0) as " + name;
    }
}
