package com.tradeledger.receivables;

import com.tradeledger.billing.DunningReminderIssued;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.billing.InvoiceSettled;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.customers.CustomerHandedOver;
import com.tradeledger.customers.CustomerMerged;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.rates.ExchangeRateBook;
import com.tradeledger.rates.ExchangeRatesProjection;
import com.tradeledger.shared.ReadModelDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * A history of customer, invoice and payment events delivered to the receivables and exchange-rates projections as
 * the event processors would: each aggregate's events numbered in order, stamped with the time of the day set.
 * Remembers what it delivered, to replay it after a reset.
 */
final class ReceivablesHistory {

    static final Currency CNY = Currency.getInstance("CNY");

    private final ReadModelDatabase database;
    private final ReceivablesProjection projection;
    private final ExchangeRatesProjection rates;
    private final ReceivablesQueries queries;
    private final Map<Object, Long> sequences = new HashMap<>();
    private final List<Runnable> delivered = new ArrayList<>();
    private Instant now = ReceivableEvents.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);

    private ReceivablesHistory(ReadModelDatabase database) {
        this.database = database;
        var jdbc = database.jdbc();
        var book = new ExchangeRateBook(jdbc);
        this.projection = new ReceivablesProjection(new ReceivablesLedger(jdbc), new ReceivableCustomers(jdbc));
        this.rates = new ExchangeRatesProjection(book);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        this.queries = new ReceivablesQueries(new ReceivablesReport(jdbc, clock), book, CNY);
    }

    /** A history on an emptied ledger. */
    static ReceivablesHistory on(ReadModelDatabase database) {
        for (String table :
                List.of("receivable_movement", "receivable_invoice", "receivable_customer", "exchange_rate_seen")) {
            database.clear(table);
        }
        return new ReceivablesHistory(database);
    }

    ReceivablesQueries queries() {
        return queries;
    }

    /** The events that follow happened on the day (at nine, UTC). */
    void at(LocalDate day) {
        now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    void given(Object... events) {
        for (Object event : events) {
            long sequence = sequences.merge(aggregateOf(event), 1L, Long::sum) - 1;
            Instant at = now;
            Runnable delivery = () -> deliver(event, sequence, at);
            delivery.run();
            delivered.add(delivery);
        }
    }

    /** Delivers an event again under a sequence number its aggregate already used. */
    void redeliver(Object aggregate, long sequence, Object event) {
        deliver(event, sequence, now);
    }

    /** Resets the projection and delivers every event again. */
    void replay() {
        projection.reset();
        delivered.forEach(Runnable::run);
    }

    /** Every row of the ledger's tables, as text. */
    List<String> tables() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("receivable_customer", "receivable_invoice", "receivable_movement")) {
            rows.addAll(database.jdbc()
                    .sql("select cast(to_jsonb(t) as text) as row from " + table + " t order by 1")
                    .query(String.class)
                    .list());
        }
        return rows;
    }

    private void deliver(Object event, long sequence, Instant at) {
        if (event instanceof CustomerRegistered e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CustomerHandedOver e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CustomerMerged e) {
            projection.on(e, sequence, at);
        } else if (event instanceof InvoiceIssued e) {
            projection.on(e, sequence, at);
        } else if (event instanceof InvoicePaymentApplied e) {
            projection.on(e, sequence, at);
        } else if (event instanceof InvoiceCredited e) {
            projection.on(e, sequence, at);
        } else if (event instanceof InvoiceSettled e) {
            projection.on(e, sequence, at);
        } else if (event instanceof InvoiceCancelled e) {
            projection.on(e, sequence, at);
        } else if (event instanceof DunningReminderIssued e) {
            projection.on(e, sequence, at);
        } else {
            PaymentReceived payment = (PaymentReceived) event;
            rates.on(payment, GenericEventMessage.asEventMessage(payment), at);
        }
    }

    private static Object aggregateOf(Object event) {
        if (event instanceof CustomerRegistered e) {
            return e.customerId();
        } else if (event instanceof CustomerHandedOver e) {
            return e.customerId();
        } else if (event instanceof CustomerMerged e) {
            return e.customerId();
        } else if (event instanceof InvoiceIssued e) {
            return e.invoiceId();
        } else if (event instanceof InvoicePaymentApplied e) {
            return e.invoiceId();
        } else if (event instanceof InvoiceCredited e) {
            return e.invoiceId();
        } else if (event instanceof InvoiceSettled e) {
            return e.invoiceId();
        } else if (event instanceof InvoiceCancelled e) {
            return e.invoiceId();
        } else if (event instanceof DunningReminderIssued e) {
            return e.invoiceId();
        }
        return ((PaymentReceived) event).paymentId();
    }
}
