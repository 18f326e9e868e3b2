package com.tradeledger.billing;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The payment book's table: one row per payment received (回款), with its allocations to invoices and the credit
 * it left for the customer. The projection writes it, the query handlers read it. Every change carries the stamp
 * of its event and is skipped when the payment already holds that event or a later one.
 */
@Component
public class PaymentBook {

    private static final TypeReference<List<PaymentAllocationView>> ALLOCATIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public PaymentBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly received payment, not yet allocated; a payment already in the book is left as it is. */
    public void add(PaymentReceived received, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", received.paymentId().value());
        columns.put("customerId", received.customerId().value());
        columns.put("amount", received.amount().amount());
        columns.put("currency", received.amount().currency().getCurrencyCode());
        columns.put("bankReference", received.bankReference());
        columns.put("receivedOn", received.receivedOn());
        columns.put("rate", received.rateToFunctional());
        columns.put("functionalAmount", received.functionalAmount().amount());
        columns.put("functionalCurrency", received.functionalAmount().currency().getCurrencyCode());
        columns.put("recordedBy", received.recordedBy().value());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into payment_book (payment_id, customer_id, amount, currency, bank_reference,
                            received_on, rate_to_functional, functional_amount, functional_currency, recorded_by,
                            version, recorded_at, changed_at)
                        values (:id, :customerId, :amount, :currency, :bankReference, :receivedOn, :rate,
                            :functionalAmount, :functionalCurrency, :recordedBy, :version, :at, :at)
                        on conflict (payment_id) do nothing
                        """).params(columns).update();
    }

    public void allocate(PaymentId id, PaymentAllocationView allocation, EventStamp stamp) {
        update(
                id,
                stamp,
                "allocations = allocations || jsonb_build_array(cast(:allocation as jsonb))",
                Map.of("allocation", json.write(allocation)));
    }

    public void leaveCredit(PaymentId id, Money credit, EventStamp stamp) {
        update(id, stamp, "credit_left = credit_left + :credit", Map.of("credit", credit.amount()));
    }

    /** Empties the book, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from payment_book").update();
    }

    Optional<PaymentView> find(PaymentId id) {
        return jdbc.sql("select * from payment_book where payment_id = :id")
                .param("id", id.value())
                .query(this::paymentOf)
                .optional();
    }

    PaymentPage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from payment_book" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<PaymentView> items = jdbc.sql("select * from payment_book" + filters.where()
                        + " order by received_on desc, recorded_at desc, payment_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::paymentOf)
                .list();
        return new PaymentPage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(PaymentId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update payment_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where payment_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private PaymentView paymentOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        return new PaymentView(
                new PaymentId(row.getObject("payment_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new Money(row.getBigDecimal("amount"), currency),
                row.getString("bank_reference"),
                row.getObject("received_on", LocalDate.class),
                row.getBigDecimal("rate_to_functional"),
                new Money(
                        row.getBigDecimal("functional_amount"),
                        Currency.getInstance(row.getString("functional_currency"))),
                new Username(row.getString("recorded_by")),
                json.read(row.getString("allocations"), ALLOCATIONS),
                new Money(row.getBigDecimal("credit_left"), currency),
                row.getLong("version"),
                instant(row, "recorded_at"),
                instant(row, "changed_at"));
    }
}
