package com.tradeledger.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DunningPolicyTest {

    private static final LocalDate DUE_ON = LocalDate.of(2026, 7, 31);

    @Test
    void reminds_1_15_and_30_days_overdue_as_standard() {
        DunningPolicy standard = DunningPolicy.standard();

        assertThat(List.of(1, 2, 3, 4).stream().map(standard::daysOverdueAt))
                .containsExactly(Optional.of(1), Optional.of(15), Optional.of(30), Optional.empty());
    }

    @Test
    void falls_due_at_the_start_of_the_reminder_day_in_utc() {
        assertThat(DunningPolicy.standard().reminderAt(DUE_ON, 2)).contains(Instant.parse("2026-08-15T00:00:00Z"));
    }

    @Test
    void has_at_least_one_level() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DunningPolicy(List.of()));
    }

    @Test
    void puts_each_level_at_least_a_day_after_the_one_before() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DunningPolicy(List.of(1, 15, 15)));
        assertThatIllegalArgumentException().isThrownBy(() -> new DunningPolicy(List.of(0, 15)));
    }
}
