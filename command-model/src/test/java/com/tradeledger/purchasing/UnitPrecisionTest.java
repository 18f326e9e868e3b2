package com.tradeledger.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How finely planning buys a material in its base unit: whole count units, three decimals of anything else. */
class UnitPrecisionTest {

    @Test
    void rounds_pieces_up_to_the_next_whole_piece_however_little_is_over() {
        assertThat(roundedUp("3.0000001", "PCS")).isEqualTo(new BigDecimal("4"));
    }

    @Test
    void counts_sets_and_cartons_in_whole_units() {
        assertThat(roundedUp("0.1", "SET")).isEqualTo(new BigDecimal("1"));
        assertThat(roundedUp("2.5", "CTN")).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void leaves_a_whole_count_as_it_is() {
        assertThat(roundedUp("160.00", "PCS")).isEqualTo(new BigDecimal("160.00"));
    }

    @Test
    void rounds_a_measured_quantity_up_to_three_decimals() {
        assertThat(roundedUp("0.3333333", "KG")).isEqualTo(new BigDecimal("0.334"));
    }

    @Test
    void leaves_a_measured_quantity_of_three_decimals_or_fewer_as_it_is() {
        assertThat(roundedUp("1.25", "M")).isEqualTo(new BigDecimal("1.25"));
        assertThat(roundedUp("14.000", "KG")).isEqualTo(new BigDecimal("14.000"));
    }

    private static BigDecimal roundedUp(String quantity, String unit) {
        return UnitPrecision.roundedUp(new BigDecimal(quantity), UnitOfMeasure.of(unit));
    }
}
