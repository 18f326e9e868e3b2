package com.tradeledger.billing;

import com.tradeledger.contracting.CreditExposure;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The command side's open invoices: what each still asks for and when it falls due. Invoices write it in the same
 * transaction as their events; the credit check and unallocated payments read it.
 */
@Component
class ReceivablesTable implements Receivables, CreditExposure {

    private final JdbcClient jdbc;

    ReceivablesTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void opened(InvoiceId invoiceId, CustomerId customerId, Money outstanding, LocalDate dueOn) {
        if (!outstanding.isPositive()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO open_invoice (invoice_id, customer_id, currency, outstanding, due_on)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(
                        invoiceId.value(),
                        customerId.value(),
                        outstanding.currency().getCurrencyCode(),
                        outstanding.amount(),
                        dueOn)
                .update();
    }

    @Override
    public void outstanding(InvoiceId invoiceId, Money outstanding) {
        if (outstanding.isPositive()) {
            jdbc.sql("UPDATE open_invoice SET outstanding = ? WHERE invoice_id = ?")
                    .params(outstanding.amount(), invoiceId.value())
                    .update();
        } else {
            jdbc.sql("DELETE FROM open_invoice WHERE invoice_id = ?")
                    .param(invoiceId.value())
                    .update();
        }
    }

    @Override
    public List<OpenInvoice> openInvoices(CustomerId customerId, Currency currency) {
        return jdbc.sql("""
                        SELECT invoice_id, due_on, outstanding FROM open_invoice
                        WHERE customer_id = ? AND currency = ? ORDER BY due_on, invoice_id""")
                .params(customerId.value(), currency.getCurrencyCode())
                .query((row, n) -> new OpenInvoice(
                        new InvoiceId(row.getObject("invoice_id", UUID.class)),
                        new Money(row.getBigDecimal("outstanding"), currency),
                        row.getObject("due_on", LocalDate.class)))
                .list();
    }

    @Override
    public Money openReceivables(CustomerId customerId, Currency currency) {
        BigDecimal sum = jdbc.sql(
                        "SELECT COALESCE(SUM(outstanding), 0) FROM open_invoice WHERE customer_id = ? AND currency = ?")
                .params(customerId.value(), currency.getCurrencyCode())
                .query(BigDecimal.class)
                .single();
        return new Money(sum, currency).rounded();
    }
}
