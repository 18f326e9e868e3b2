package com.tradeledger.rates;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rates to the functional currency (本位币) recorded in the events, for views that show amounts in it: the rate of
 * a currency on a day is the latest one recorded on or before that day; before the first one recorded there is none.
 * The functional currency itself converts at 1.
 */
@Component
public class ExchangeRateBook {

    private final JdbcClient jdbc;

    public ExchangeRateBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a rate recorded by an event, once however often the event is delivered. */
    public void record(
            String eventId, Currency currency, Currency functional, LocalDate on, BigDecimal rate, Instant at) {
        if (currency.equals(functional)) {
            return;
        }
        jdbc.sql("""
                        insert into exchange_rate_seen (event_id, currency, functional_currency, rate_date, rate,
                            recorded_at)
                        values (:eventId, :currency, :functional, :on, :rate, :at)
                        on conflict (event_id) do nothing
                        """)
                .param("eventId", eventId)
                .param("currency", currency.getCurrencyCode())
                .param("functional", functional.getCurrencyCode())
                .param("on", on)
                .param("rate", rate)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The rate of the currency to {@code functional} on the day; empty when none was recorded on or before it. */
    public Optional<BigDecimal> rateOn(Currency currency, Currency functional, LocalDate day) {
        if (currency.equals(functional)) {
            return Optional.of(BigDecimal.ONE);
        }
        return jdbc.sql("select " + rateOn("cast(:currency as text)", "cast(:day as date)", ":functional"))
                .param("currency", currency.getCurrencyCode())
                .param("day", day)
                .param("functional", functional.getCurrencyCode())
                .query(BigDecimal.class)
                .optional();
    }

    /**
     * An SQL expression for the rate of the currency in {@code currencyColumn} on the day in {@code dayColumn}, to the
     * functional currency named by {@code functionalParameter} (e.g. {@code ":functional"}): 1 for the functional
     * currency itself, null when no rate was recorded on or before the day. For views that convert in SQL.
     */
    public static String rateOn(String currencyColumn, String dayColumn, String functionalParameter) {
        return "case when " + currencyColumn + " = " + functionalParameter + " then 1 else"
                + " (select seen.rate from exchange_rate_seen seen"
                + " where seen.currency = " + currencyColumn + " and seen.functional_currency = "
                + functionalParameter + " and seen.rate_date <= " + dayColumn
                + " order by seen.rate_date desc, seen.recorded_at desc limit 1) end";
    }

    /** Empties the rates, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from exchange_rate_seen").update();
    }
}
