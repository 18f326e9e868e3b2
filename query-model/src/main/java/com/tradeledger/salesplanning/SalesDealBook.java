package com.tradeledger.salesplanning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.PaymentId;
import com.tradeledger.contracting.ContractLine;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the sales view remembers of quotes, contracts, invoices and payments, to place the events that do not say
 * whose sale they are; the forecast reads the open quotes and the contract lines not yet shipped from it.
 */
@Component
public class SalesDealBook {

    private static final TypeReference<List<ProductAmount>> LINES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ReadModelJson json = new ReadModelJson();

    public SalesDealBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void draftQuote(QuoteId quote, CustomerId customer, Username salesperson, Currency currency) {
        jdbc.sql("""
                        insert into sales_quote (quote_id, customer_id, salesperson, currency, status)
                        values (:id, :customer, :salesperson, :currency, 'DRAFT') on conflict do nothing
                        """)
                .param("id", quote.value())
                .param("customer", customer.value())
                .param("salesperson", salesperson.value())
                .param("currency", currency.getCurrencyCode())
                .update();
    }

    public Optional<SalesQuote> quote(QuoteId quote) {
        return jdbc.sql("select * from sales_quote where quote_id = :id")
                .param("id", quote.value())
                .query((row, n) -> new SalesQuote(
                        Username.of(row.getString("salesperson")),
                        new CustomerId(row.getObject("customer_id", UUID.class)),
                        Currency.getInstance(row.getString("currency")),
                        row.getString("status"),
                        row.getObject("issued_on", LocalDate.class),
                        json.read(row.getString("lines"), LINES),
                        row.getObject("lost_on", LocalDate.class)))
                .optional();
    }

    /** The quote's latest issued revision: open, valid until the day given, worth the total and amounts given. */
    public void issueQuote(
            QuoteId quote, LocalDate issuedOn, LocalDate validUntil, BigDecimal total, List<ProductAmount> lines) {
        jdbc.sql("""
                        update sales_quote set status = 'OPEN', issued_on = :issuedOn, valid_until = :validUntil,
                            issued_total = :total, lines = cast(:lines as jsonb), lost_on = null
                         where quote_id = :id
                        """)
                .param("id", quote.value())
                .param("issuedOn", issuedOn)
                .param("validUntil", validUntil)
                .param("total", total)
                .param("lines", json.write(lines))
                .update();
    }

    /** The quote was won (lostOn null) or lost on the day given. */
    public void decideQuote(QuoteId quote, String status, LocalDate lostOn) {
        jdbc.sql("update sales_quote set status = :status, lost_on = :lostOn where quote_id = :id")
                .param("id", quote.value())
                .param("status", status)
                .param("lostOn", lostOn)
                .update();
    }

    public void signContract(
            ContractId contract,
            CustomerId customer,
            Username salesperson,
            Currency currency,
            LocalDate signedOn,
            List<ContractLine> lines) {
        jdbc.sql("""
                        insert into sales_contract (contract_id, customer_id, salesperson, currency, status, signed_on)
                        values (:id, :customer, :salesperson, :currency, 'SIGNED', :signedOn) on conflict do nothing
                        """)
                .param("id", contract.value())
                .param("customer", customer.value())
                .param("salesperson", salesperson.value())
                .param("currency", currency.getCurrencyCode())
                .param("signedOn", signedOn)
                .update();
        for (ContractLine line : lines) {
            jdbc.sql("""
                            insert into sales_contract_line (contract_id, line_number, product_id, quantity, total,
                                delivery_date)
                            values (:id, :line, :product, :quantity, :total, :deliveryDate) on conflict do nothing
                            """)
                    .param("id", contract.value())
                    .param("line", line.lineNumber())
                    .param("product", line.productId().value())
                    .param("quantity", line.quantity())
                    .param("total", line.total().amount())
                    .param("deliveryDate", line.deliveryDate())
                    .update();
        }
    }

    public Optional<SalesContract> contract(ContractId contract) {
        List<ProductAmount> lines = jdbc.sql(
                        "select product_id, total from sales_contract_line where contract_id = :id order by line_number")
                .param("id", contract.value())
                .query((row, n) ->
                        new ProductAmount(new ProductId(row.getObject("product_id", UUID.class)), row.getBigDecimal(2)))
                .list();
        return jdbc.sql("select * from sales_contract where contract_id = :id")
                .param("id", contract.value())
                .query((row, n) -> new SalesContract(
                        Username.of(row.getString("salesperson")),
                        new CustomerId(row.getObject("customer_id", UUID.class)),
                        Currency.getInstance(row.getString("currency")),
                        row.getString("status"),
                        row.getObject("signed_on", LocalDate.class),
                        lines))
                .optional();
    }

    public void contractStatus(ContractId contract, String status) {
        jdbc.sql("update sales_contract set status = :status where contract_id = :id")
                .param("id", contract.value())
                .param("status", status)
                .update();
    }

    public void scheduleDelivery(ContractId contract, int line, LocalDate deliveryDate) {
        jdbc.sql("update sales_contract_line set delivery_date = :date where contract_id = :id and line_number = :line")
                .param("id", contract.value())
                .param("line", line)
                .param("date", deliveryDate)
                .update();
    }

    /** A shipment carried this quantity of the contract line, worth this value. */
    public void ship(ContractId contract, int line, BigDecimal quantity, BigDecimal value) {
        jdbc.sql("""
                        update sales_contract_line set shipped = shipped + :quantity, shipped_value = shipped_value + :value
                         where contract_id = :id and line_number = :line
                        """)
                .param("id", contract.value())
                .param("line", line)
                .param("quantity", quantity)
                .param("value", value)
                .update();
    }

    public void issueInvoice(
            InvoiceId invoice,
            CustomerId customer,
            Username salesperson,
            Currency currency,
            LocalDate issuedOn,
            List<ProductAmount> lines) {
        jdbc.sql("""
                        insert into sales_invoice (invoice_id, customer_id, salesperson, currency, issued_on, lines)
                        values (:id, :customer, :salesperson, :currency, :issuedOn, cast(:lines as jsonb))
                        on conflict do nothing
                        """)
                .param("id", invoice.value())
                .param("customer", customer.value())
                .param("salesperson", salesperson.value())
                .param("currency", currency.getCurrencyCode())
                .param("issuedOn", issuedOn)
                .param("lines", json.write(lines))
                .update();
    }

    public Optional<SalesInvoice> invoice(InvoiceId invoice) {
        return jdbc.sql("select * from sales_invoice where invoice_id = :id")
                .param("id", invoice.value())
                .query((row, n) -> new SalesInvoice(
                        Username.of(row.getString("salesperson")),
                        new CustomerId(row.getObject("customer_id", UUID.class)),
                        Currency.getInstance(row.getString("currency")),
                        row.getObject("issued_on", LocalDate.class),
                        json.read(row.getString("lines"), LINES),
                        row.getBoolean("cancelled")))
                .optional();
    }

    public void cancelInvoice(InvoiceId invoice) {
        jdbc.sql("update sales_invoice set cancelled = true where invoice_id = :id")
                .param("id", invoice.value())
                .update();
    }

    public void receivePayment(PaymentId payment, LocalDate receivedOn, BigDecimal rate, Currency functional) {
        jdbc.sql("""
                        insert into sales_payment (payment_id, received_on, rate_to_functional, functional_currency)
                        values (:id, :receivedOn, :rate, :functional) on conflict do nothing
                        """)
                .param("id", payment.value())
                .param("receivedOn", receivedOn)
                .param("rate", rate)
                .param("functional", functional.getCurrencyCode())
                .update();
    }

    public Optional<SalesPayment> payment(PaymentId payment) {
        return jdbc.sql("select * from sales_payment where payment_id = :id")
                .param("id", payment.value())
                .query((row, n) -> new SalesPayment(
                        row.getObject("received_on", LocalDate.class),
                        row.getBigDecimal("rate_to_functional"),
                        Currency.getInstance(row.getString("functional_currency"))))
                .optional();
    }
}
