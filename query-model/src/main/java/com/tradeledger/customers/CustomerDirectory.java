package com.tradeledger.customers;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.Filters;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer directory's table: the projection writes it, the query handlers read it. Every change carries
 * the stamp of its event and is skipped when the row already holds that event or a later one.
 */
@Component
public class CustomerDirectory {

    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public CustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly registered customer; a customer already in the directory is left as it is. */
    public void add(CustomerView customer) {
        jdbc.sql("""
                        insert into customer_directory (customer_id, code, name, country, address, contacts, grade,
                            salesperson, credit_limit_amount, credit_limit_currency, preferred_currency, status,
                            merged_into, version, registered_at, changed_at)
                        values (:id, :code, :name, :country, cast(:address as jsonb), cast(:contacts as jsonb),
                            :grade, :salesperson, :creditLimitAmount, :creditLimitCurrency, :preferredCurrency,
                            :status, :mergedInto, :version, :registeredAt, :changedAt)
                        on conflict (customer_id) do nothing
                        """).params(columnsOf(customer)).update();
    }

    public void changeGrade(CustomerId id, CustomerGrade grade, EventStamp stamp) {
        update(id, stamp, "grade = :grade", Map.of("grade", grade.name()));
    }

    public void setCreditLimit(CustomerId id, Money creditLimit, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("amount", nullable(creditLimit, Money::amount));
        columns.put("currency", currencyCodeOf(creditLimit));
        update(id, stamp, "credit_limit_amount = :amount, credit_limit_currency = :currency", columns);
    }

    public void handOver(CustomerId id, Username salesperson, EventStamp stamp) {
        update(id, stamp, "salesperson = :salesperson", Map.of("salesperson", salesperson.value()));
    }

    public void markMerged(CustomerId id, CustomerId survivor, EventStamp stamp) {
        update(
                id,
                stamp,
                "status = :status, merged_into = :survivor",
                Map.of("status", CustomerStatus.MERGED.name(), "survivor", survivor.value()));
    }

    public void deactivate(CustomerId id, EventStamp stamp) {
        update(id, stamp, "status = :status", Map.of("status", CustomerStatus.DEACTIVATED.name()));
    }

    /** Empties the directory, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from customer_directory").update();
    }

    Optional<CustomerView> find(CustomerId id) {
        return jdbc.sql("select * from customer_directory where customer_id = :id")
                .param("id", id.value())
                .query(this::customerOf)
                .optional();
    }

    CustomerPage list(Filters filters, PageWindow window) {
        long total = jdbc.sql("select count(*) from customer_directory" + filters.where())
                .params(filters.parameters())
                .query(Long.class)
                .single();
        List<CustomerView> items = jdbc.sql("select * from customer_directory" + filters.where()
                        + " order by code, customer_id limit :limit offset :offset")
                .params(filters.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(this::customerOf)
                .list();
        return new CustomerPage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(CustomerId id, EventStamp stamp, String assignments, Map<String, Object> columns) {
        jdbc.sql("update customer_directory set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where customer_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private Map<String, Object> columnsOf(CustomerView customer) {
        var columns = new HashMap<String, Object>();
        columns.put("id", customer.id().value());
        columns.put("code", customer.code().value());
        columns.put("name", customer.name());
        columns.put("country", nullable(customer.country(), CountryCode::value));
        columns.put("address", json.write(customer.address()));
        columns.put("contacts", json.write(Objects.requireNonNullElse(customer.contacts(), List.of())));
        columns.put("grade", nullable(customer.grade(), CustomerGrade::name));
        columns.put("salesperson", nullable(customer.salesperson(), Username::value));
        columns.put("creditLimitAmount", nullable(customer.creditLimit(), Money::amount));
        columns.put("creditLimitCurrency", currencyCodeOf(customer.creditLimit()));
        columns.put("preferredCurrency", nullable(customer.preferredCurrency(), Currency::getCurrencyCode));
        columns.put("status", customer.status().name());
        columns.put("mergedInto", nullable(customer.mergedInto(), CustomerId::value));
        columns.put("version", customer.version());
        columns.put("registeredAt", timestamp(customer.registeredAt()));
        columns.put("changedAt", timestamp(customer.changedAt()));
        return columns;
    }

    private CustomerView customerOf(ResultSet row, int rowNumber) throws SQLException {
        return new CustomerView(
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new CustomerCode(row.getString("code")),
                row.getString("name"),
                nullable(row.getString("country"), CountryCode::new),
                json.read(row.getString("address"), Address.class),
                json.read(row.getString("contacts"), CONTACTS),
                nullable(row.getString("grade"), CustomerGrade::valueOf),
                nullable(row.getString("salesperson"), Username::new),
                creditLimitOf(row),
                nullable(row.getString("preferred_currency"), Currency::getInstance),
                CustomerStatus.valueOf(row.getString("status")),
                nullable(row.getObject("merged_into", UUID.class), CustomerId::new),
                row.getLong("version"),
                instant(row, "registered_at"),
                instant(row, "changed_at"));
    }

    private static Money creditLimitOf(ResultSet row) throws SQLException {
        BigDecimal amount = row.getBigDecimal("credit_limit_amount");
        String currency = row.getString("credit_limit_currency");
        return amount == null ? null : new Money(amount, Currency.getInstance(currency));
    }

    private static String currencyCodeOf(Money money) {
        return nullable(money, present -> present.currency().getCurrencyCode());
    }
}
