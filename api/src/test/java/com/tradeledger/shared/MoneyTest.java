package com.tradeledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keeps_at_least_the_minor_unit_of_its_currency() {
        assertThat(Money.of("10", "USD").amount()).isEqualByComparingTo("10").hasScaleOf(2);
        assertThat(Money.of("1500", "JPY").amount()).hasScaleOf(0);
        assertThat(Money.of("0.0345", "USD").amount()).hasScaleOf(4);
    }

    @Test
    void tells_an_amount_in_whole_minor_units_from_a_finer_one() {
        assertThat(Money.of("10.50", "USD").isInMinorUnits()).isTrue();
        assertThat(Money.of("10.500000", "USD").isInMinorUnits()).isTrue();
        assertThat(Money.of("10.005", "USD").isInMinorUnits()).isFalse();
        assertThat(Money.of("1500", "JPY").isInMinorUnits()).isTrue();
        assertThat(Money.of("1500.5", "JPY").isInMinorUnits()).isFalse();
    }

    @Test
    void rounds_half_even_only_when_asked() {
        assertThat(Money.of("2.345", "USD").rounded()).isEqualTo(Money.of("2.34", "USD"));
        assertThat(Money.of("2.355", "USD").rounded()).isEqualTo(Money.of("2.36", "USD"));
        assertThat(Money.of("2.345", "USD").amount()).isEqualByComparingTo("2.345");
    }

    @Test
    void adds_and_subtracts_within_one_currency_only() {
        assertThat(Money.of("1.10", "EUR").plus(Money.of("2.05", "EUR"))).isEqualTo(Money.of("3.15", "EUR"));
        assertThat(Money.of("1.10", "EUR").minus(Money.of("2.05", "EUR")).isNegative())
                .isTrue();
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void equals_by_value_whatever_the_scale() {
        assertThat(Money.of("5.5", "USD"))
                .isEqualTo(Money.of("5.500", "USD"))
                .hasSameHashCodeAs(Money.of("5.500", "USD"));
        assertThat(Money.of("5.5", "USD")).isNotEqualTo(Money.of("5.5", "EUR"));
    }

    @Test
    void is_written_as_a_string_amount_and_a_currency_code_and_read_back() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String written = json.writeValueAsString(Money.of("1234.50", "CNY"));
        assertThat(written).isEqualTo("{\"amount\":\"1234.50\",\"currency\":\"CNY\"}");
        assertThat(json.readValue(written, Money.class)).isEqualTo(Money.of("1234.5", "CNY"));
    }

    @Test
    void refuses_an_unknown_currency() {
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refuses_amounts_no_ledger_could_hold() {
        assertThatThrownBy(() -> Money.of("1E+140000", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("0.000000001", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("999999999999999999.99", "USD").amount()).hasScaleOf(2);
    }

    @Test
    void multiplies_keeping_at_most_eight_decimals() {
        Money pound = Money.of("6.80", "USD").times(new BigDecimal("0.45359237"));
        assertThat(pound.amount()).isEqualByComparingTo("3.08442812");
        assertThat(Money.of("6.80", "USD")
                        .times(new BigDecimal("0.9775"))
                        .times(new BigDecimal("2.125"))
                        .rounded())
                .isEqualTo(Money.of("14.12", "USD"));
    }
}
