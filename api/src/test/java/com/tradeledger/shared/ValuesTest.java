package com.tradeledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.HsCode;
import com.tradeledger.products.Sku;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void codes_are_normalised_to_upper_case_and_validated() {
        assertThat(CustomerCode.of(" acme-de ").value()).isEqualTo("ACME-DE");
        assertThat(Sku.of("tea-500").value()).isEqualTo("TEA-500");
        assertThat(UnitOfMeasure.of("ctn").code()).isEqualTo("CTN");
        assertThat(CountryCode.of("de").value()).isEqualTo("DE");
        assertThatThrownBy(() -> CustomerCode.of("A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitOfMeasure.of("1KG")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hs_codes_drop_the_dots_people_write_and_need_six_eight_or_ten_digits() {
        assertThat(HsCode.of("8471.30.00").value()).isEqualTo("84713000");
        assertThatThrownBy(() -> HsCode.of("8471.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HsCode.of("847130001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typed_ids_are_plain_strings_in_json_and_in_to_string() throws Exception {
        CustomerId id = CustomerId.of("7d444840-9dc0-11d1-b245-5ffdce74fad2");
        ObjectMapper json = new ObjectMapper();
        assertThat(id).hasToString("7d444840-9dc0-11d1-b245-5ffdce74fad2");
        assertThat(json.writeValueAsString(id)).isEqualTo("\"7d444840-9dc0-11d1-b245-5ffdce74fad2\"");
        assertThat(json.readValue("\"7d444840-9dc0-11d1-b245-5ffdce74fad2\"", CustomerId.class))
                .isEqualTo(id);
    }

    @Test
    void percentages_lie_between_zero_and_a_hundred_and_say_what_they_leave() {
        assertThat(Percentage.of("7.5").remainder()).isEqualByComparingTo("0.925");
        assertThat(Percentage.ZERO.remainder()).isEqualByComparingTo("1");
        assertThat(Percentage.of("10").isAbove(Percentage.of("9.99"))).isTrue();
        assertThatThrownBy(() -> Percentage.of("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of("100.01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentages_are_json_strings_and_read_from_strings_or_numbers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Percentage.of("7.50"))).isEqualTo("\"7.50\"");
        assertThat(json.readValue("\"7.5\"", Percentage.class)).isEqualTo(Percentage.of("7.5"));
        assertThat(json.readValue("7.5", Percentage.class)).isEqualTo(Percentage.of("7.5"));
    }
}
