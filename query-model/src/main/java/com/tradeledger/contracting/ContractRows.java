package com.tradeledger.contracting;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.Incoterm;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Reads the contract book's rows back into the views the queries answer with. */
final class ContractRows {

    private static final TypeReference<List<ApprovalReason>> REASONS = new TypeReference<>() {};

    private final ReadModelJson json;

    ContractRows(ReadModelJson json) {
        this.json = json;
    }

    ContractView contractOf(ResultSet row, List<ContractLineView> lines) throws SQLException {
        return new ContractView(
                idOf(row),
                new QuoteId(row.getObject("quote_id", UUID.class)),
                row.getInt("quote_revision"),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new Username(row.getString("salesperson")),
                Currency.getInstance(row.getString("currency")),
                new DeliveryTerms(Incoterm.valueOf(row.getString("incoterm")), row.getString("named_place")),
                totalOf(row),
                ContractStatus.valueOf(row.getString("status")),
                lines,
                json.read(row.getString("payment_terms"), PaymentTerms.class),
                json.read(row.getString("commission"), CommissionTerms.class),
                approvalOf(row),
                new Username(row.getString("concluded_by")),
                row.getObject("concluded_on", LocalDate.class),
                userOf(row, "signed_by"),
                row.getObject("signed_on", LocalDate.class),
                userOf(row, "cancelled_by"),
                row.getString("cancellation_reason"),
                row.getObject("cancelled_on", LocalDate.class),
                row.getObject("completed_on", LocalDate.class),
                row.getLong("version"),
                instant(row, "concluded_at"),
                instant(row, "changed_at"));
    }

    ContractSummary summaryOf(ResultSet row, int rowNumber) throws SQLException {
        return new ContractSummary(
                idOf(row),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                new Username(row.getString("salesperson")),
                ContractStatus.valueOf(row.getString("status")),
                totalOf(row),
                row.getObject("concluded_on", LocalDate.class),
                row.getObject("signed_on", LocalDate.class),
                instant(row, "changed_at"));
    }

    ContractLineView lineOf(ResultSet row, int rowNumber) throws SQLException {
        ContractLine line = json.read(row.getString("line"), ContractLine.class);
        BigDecimal shipped = row.getBigDecimal("shipped_quantity");
        return new ContractLineView(
                line.lineNumber(),
                line.productId(),
                line.sku(),
                line.quantity(),
                shipped,
                line.quantity().subtract(shipped),
                line.unit(),
                line.unitPrice(),
                line.discount(),
                line.total(),
                line.belowFloor(),
                line.baseQuantity(),
                line.baseUnit(),
                row.getObject("delivery_date", LocalDate.class));
    }

    private ContractApprovalView approvalOf(ResultSet row) throws SQLException {
        return new ContractApprovalView(
                json.read(row.getString("approval_reasons"), REASONS),
                userOf(row, "submitted_by"),
                userOf(row, "approved_by"),
                row.getString("approval_note"),
                userOf(row, "rejected_by"),
                row.getString("rejection_reason"));
    }

    private static ContractId idOf(ResultSet row) throws SQLException {
        return new ContractId(row.getObject("contract_id", UUID.class));
    }

    private static Money totalOf(ResultSet row) throws SQLException {
        return new Money(row.getBigDecimal("total_amount"), Currency.getInstance(row.getString("currency")));
    }

    private static Username userOf(ResultSet row, String column) throws SQLException {
        return nullable(row.getString(column), Username::new);
    }
}
