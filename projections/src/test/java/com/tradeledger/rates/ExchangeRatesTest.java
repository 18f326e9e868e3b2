package com.tradeledger.rates;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.billing.PaymentId;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.payables.SupplierPaymentId;
import com.tradeledger.payables.SupplierPaymentMade;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rates to the functional currency that customer and supplier payments recorded, on a real PostgreSQL. */
class ExchangeRatesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final LocalDate APRIL_18 = LocalDate.of(2026, 4, 18);
    private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);
    private static final Instant AT = Instant.parse("2026-05-02T08:00:00Z");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ExchangeRateBook rates;
    private ExchangeRatesProjection projection;

    @BeforeEach
    void noRates() {
        database.clear("exchange_rate_seen");
        rates = new ExchangeRateBook(database.jdbc());
        projection = new ExchangeRatesProjection(rates);
    }

    @Test
    void a_currency_converts_at_the_latest_rate_recorded_on_or_before_the_day() {
        deliver(customerPays("500.00", "EUR", APRIL_18, "7.8"));
        deliver(supplierPaid("1000.00", "EUR", MAY_2, "7.9"));

        assertThat(rates.rateOn(EUR, CNY, APRIL_18.minusDays(1))).isEmpty();
        assertThat(rates.rateOn(EUR, CNY, APRIL_18)).contains(new BigDecimal("7.8"));
        assertThat(rates.rateOn(EUR, CNY, MAY_2.minusDays(1))).contains(new BigDecimal("7.8"));
        assertThat(rates.rateOn(EUR, CNY, MAY_2.plusDays(30))).contains(new BigDecimal("7.9"));
        assertThat(rates.rateOn(USD, CNY, MAY_2)).isEmpty();
    }

    @Test
    void the_functional_currency_converts_at_one_and_is_never_recorded() {
        deliver(customerPays("800.00", "CNY", APRIL_18, "1"));

        assertThat(rates.rateOn(CNY, CNY, APRIL_18.minusYears(1))).contains(BigDecimal.ONE);
        assertThat(count()).isZero();
    }

    @Test
    void converts_in_sql_with_the_same_rule() {
        deliver(customerPays("500.00", "EUR", APRIL_18, "7.8"));

        BigDecimal converted = database.jdbc()
                .sql("select 100 * ("
                        + ExchangeRateBook.rateOn("cast(:currency as text)", "cast(:day as date)", ":functional") + ")")
                .param("currency", "EUR")
                .param("day", MAY_2)
                .param("functional", "CNY")
                .query(BigDecimal.class)
                .single();
        assertThat(converted).isEqualByComparingTo("780");
    }

    @Test
    void a_redelivered_payment_records_its_rate_once_and_a_reset_empties_the_rates() {
        EventMessage<?> payment = customerPays("500.00", "EUR", APRIL_18, "7.8");
        deliver(payment);
        deliver(payment);
        assertThat(count()).isEqualTo(1);

        projection.reset();
        assertThat(count()).isZero();
        deliver(payment);
        assertThat(rates.rateOn(EUR, CNY, APRIL_18)).contains(new BigDecimal("7.8"));
    }

    private void deliver(EventMessage<?> message) {
        if (message.getPayload() instanceof PaymentReceived received) {
            projection.on(received, message, AT);
        } else {
            projection.on((SupplierPaymentMade) message.getPayload(), message, AT);
        }
    }

    private long count() {
        return database.jdbc()
                .sql("select count(*) from exchange_rate_seen")
                .query(Long.class)
                .single();
    }

    private static EventMessage<?> customerPays(String amount, String currency, LocalDate on, String rate) {
        Money paid = Money.of(amount, currency);
        return GenericEventMessage.asEventMessage(new PaymentReceived(
                PaymentId.generate(),
                CustomerId.generate(),
                paid,
                "BANK-1",
                on,
                new BigDecimal(rate),
                Money.of(paid.amount().multiply(new BigDecimal(rate)).toPlainString(), "CNY"),
                Username.of("fiona")));
    }

    private static EventMessage<?> supplierPaid(String amount, String currency, LocalDate on, String rate) {
        Money paid = Money.of(amount, currency);
        return GenericEventMessage.asEventMessage(new SupplierPaymentMade(
                SupplierPaymentId.generate(),
                SupplierId.generate(),
                paid,
                "BANK-2",
                on,
                new BigDecimal(rate),
                Money.of(paid.amount().multiply(new BigDecimal(rate)).toPlainString(), "CNY"),
                Username.of("fiona")));
    }
}
