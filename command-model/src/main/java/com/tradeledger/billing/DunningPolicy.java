package com.tradeledger.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The company's dunning (催款) schedule: how many days overdue an invoice is when it gets the reminder of each
 * level, level 1 first. The standard schedule reminds 1, 15 and 30 days after the due date.
 */
public record DunningPolicy(List<Integer> daysOverdue) {

    public DunningPolicy {
        if (daysOverdue == null || daysOverdue.isEmpty()) {
            throw new IllegalArgumentException("a dunning policy has at least one level");
        }
        daysOverdue = List.copyOf(daysOverdue);
        int previous = 0;
        for (int days : daysOverdue) {
            if (days <= previous) {
                throw new IllegalArgumentException("each dunning level comes at least a day after the one before");
            }
            previous = days;
        }
    }

    public static DunningPolicy standard() {
        return new DunningPolicy(List.of(1, 15, 30));
    }

    /** How many days overdue the reminder of that level comes; empty past the last level. */
    Optional<Integer> daysOverdueAt(int level) {
        return level >= 1 && level <= daysOverdue.size() ? Optional.of(daysOverdue.get(level - 1)) : Optional.empty();
    }

    /** When the reminder of that level falls due: the start of that day, in UTC. */
    Optional<Instant> reminderAt(LocalDate dueOn, int level) {
        return daysOverdueAt(level)
                .map(days -> dueOn.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
