package com.tradeledger.billing;

import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.shared.Money;
import com.tradeledger.shipping.ShipmentLine;
import com.tradeledger.shipping.ShipmentShipped;
import java.math.BigDecimal;
import java.util.List;

/** The invoices the billing process asks for: a contract's deposit, and the goods of one shipment. */
final class BillingInvoices {

    private BillingInvoices() {}

    /** One line, "Deposit 30 % of contract …", due the deposit's days after signing. */
    static IssueInvoice deposit(ContractSigned signed, Money deposit) {
        PaymentTerms terms = signed.paymentTerms();
        InvoiceLine line = new InvoiceLine(
                "Deposit " + terms.deposit() + " of contract " + signed.contractId(),
                null,
                BigDecimal.ONE,
                null,
                deposit,
                deposit);
        return new IssueInvoice(
                ContractBilling.depositInvoiceOf(signed.contractId()),
                InvoiceKind.DEPOSIT,
                signed.contractId(),
                null,
                signed.customerId(),
                signed.salesperson(),
                signed.currency(),
                List.of(line),
                Money.zero(signed.currency()),
                signed.commission(),
                signed.signedOn(),
                signed.signedOn().plusDays(terms.depositDueDays()));
    }

    /** The shipment's lines as the contract prices them, less the deposit deducted, due the balance's days later. */
    static IssueInvoice shipment(ContractBilling contract, ShipmentShipped shipped, Money depositApplied) {
        return new IssueInvoice(
                ContractBilling.shipmentInvoiceOf(shipped.shipmentId()),
                InvoiceKind.SHIPMENT,
                contract.contractId(),
                shipped.shipmentId(),
                contract.customerId(),
                contract.salesperson(),
                contract.currency(),
                shipped.lines().stream().map(BillingInvoices::line).toList(),
                depositApplied,
                contract.commission(),
                shipped.shippedOn(),
                shipped.shippedOn().plusDays(contract.terms().balanceDueDays()));
    }

    private static InvoiceLine line(ShipmentLine line) {
        return new InvoiceLine(
                line.sku() + ", contract line " + line.contractLine(),
                line.productId(),
                line.quantity(),
                line.unit(),
                line.netUnitPrice(),
                line.total());
    }
}
