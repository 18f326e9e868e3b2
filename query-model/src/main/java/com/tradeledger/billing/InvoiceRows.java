package com.tradeledger.billing;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.contracting.AgentCode;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Reads the invoice book's rows back into the views the queries answer with. */
final class InvoiceRows {

    private static final TypeReference<List<InvoiceLine>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<AppliedPaymentView>> PAYMENTS = new TypeReference<>() {};
    private static final TypeReference<List<CreditNoteView>> CREDIT_NOTES = new TypeReference<>() {};

    private final ReadModelJson json;

    InvoiceRows(ReadModelJson json) {
        this.json = json;
    }

    InvoiceView invoiceOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = currencyOf(row);
        return new InvoiceView(
                idOf(row),
                new DocumentNumber(row.getString("number")),
                InvoiceKind.valueOf(row.getString("kind")),
                new ContractId(row.getObject("contract_id", UUID.class)),
                nullable(row.getObject("shipment_id", UUID.class), ShipmentId::new),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new Username(row.getString("salesperson")),
                currency,
                json.read(row.getString("lines"), LINES),
                money(row, "goods_total", currency),
                money(row, "deposit_applied", currency),
                money(row, "total", currency),
                money(row, "paid", currency),
                money(row, "credited", currency),
                money(row, "outstanding", currency),
                InvoiceStatus.valueOf(row.getString("status")),
                row.getObject("issued_on", LocalDate.class),
                row.getObject("due_on", LocalDate.class),
                row.getObject("settled_on", LocalDate.class),
                row.getInt("dunning_level"),
                row.getObject("last_reminded_on", LocalDate.class),
                commissionOf(row, currency),
                json.read(row.getString("payments"), PAYMENTS),
                json.read(row.getString("credit_notes"), CREDIT_NOTES),
                row.getString("cancellation_reason"),
                row.getLong("version"),
                instant(row, "issued_at"),
                instant(row, "changed_at"));
    }

    InvoiceSummary summaryOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = currencyOf(row);
        return new InvoiceSummary(
                idOf(row),
                new DocumentNumber(row.getString("number")),
                InvoiceKind.valueOf(row.getString("kind")),
                new ContractId(row.getObject("contract_id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                InvoiceStatus.valueOf(row.getString("status")),
                money(row, "total", currency),
                money(row, "outstanding", currency),
                row.getObject("issued_on", LocalDate.class),
                row.getObject("due_on", LocalDate.class));
    }

    // An invoice of a contract without a commission agent has no commission to show.
    private static InvoiceCommissionView commissionOf(ResultSet row, Currency currency) throws SQLException {
        String agent = row.getString("commission_agent");
        if (agent == null) {
            return null;
        }
        return new InvoiceCommissionView(
                new AgentCode(agent),
                new Percentage(row.getBigDecimal("commission_rate")),
                money(row, "commission_accrued", currency),
                money(row, "commission_clawed_back", currency),
                money(row, "commission_paid", currency));
    }

    private static InvoiceId idOf(ResultSet row) throws SQLException {
        return new InvoiceId(row.getObject("invoice_id", UUID.class));
    }

    private static Currency currencyOf(ResultSet row) throws SQLException {
        return Currency.getInstance(row.getString("currency"));
    }

    private static Money money(ResultSet row, String column, Currency currency) throws SQLException {
        return new Money(row.getBigDecimal(column), currency);
    }
}
