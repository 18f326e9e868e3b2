package com.tradeledger.billing;

import static com.tradeledger.billing.Billing.ACME;
import static com.tradeledger.billing.Billing.ALICE;
import static com.tradeledger.billing.Billing.BRACKET;
import static com.tradeledger.billing.Billing.COMMISSION;
import static com.tradeledger.billing.Billing.CONTRACT;
import static com.tradeledger.billing.Billing.PCS;
import static com.tradeledger.billing.Billing.USD;
import static com.tradeledger.billing.Billing.usd;

import com.tradeledger.contracting.BalanceTerms;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractLine;
import com.tradeledger.contracting.ContractShipmentRecorded;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.shipping.ShipmentLine;
import com.tradeledger.shipping.ShipmentShipped;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The billing process of CONTRACT for tests: unless told otherwise signed on 15 June 2026 by ACME for 1,000 BRACKETs
 * (contract line 1) at USD 10.00, USD 10,000.00 in all, with 5 % commission to AGT-01; shipments of BRACKETs at USD
 * 10.00 net; the invoices the process derives from the contract and its shipments.
 */
final class BillingProcess {

    static final String CONTRACT_KEY = "contractId";
    static final LocalDate SIGNED_ON = LocalDate.of(2026, 6, 15);
    static final ShipmentId FIRST = ShipmentId.of("05000000-0000-4000-8000-000000000001");
    static final ShipmentId SECOND = ShipmentId.of("05000000-0000-4000-8000-000000000002");
    static final ShipmentId THIRD = ShipmentId.of("05000000-0000-4000-8000-000000000003");
    static final LocalDate FIRST_SHIPPED_ON = LocalDate.of(2026, 7, 1);
    static final LocalDate SECOND_SHIPPED_ON = LocalDate.of(2026, 8, 3);
    static final LocalDate THIRD_SHIPPED_ON = LocalDate.of(2026, 9, 7);
    static final InvoiceId DEPOSIT_INVOICE = ContractBilling.depositInvoiceOf(CONTRACT);
    static final InvoiceId FIRST_INVOICE = ContractBilling.shipmentInvoiceOf(FIRST);
    static final InvoiceId SECOND_INVOICE = ContractBilling.shipmentInvoiceOf(SECOND);
    static final PaymentTerms THIRTY_PERCENT_DEPOSIT =
            new PaymentTerms(Percentage.of("30"), 7, BalanceTerms.AFTER_SHIPMENT, 30);
    static final PaymentTerms HALF_DEPOSIT = new PaymentTerms(Percentage.of("50"), 7, BalanceTerms.AFTER_SHIPMENT, 30);
    static final PaymentTerms NO_DEPOSIT = new PaymentTerms(Percentage.ZERO, 0, BalanceTerms.AFTER_SHIPMENT, 30);

    private BillingProcess() {}

    /** CONTRACT signed on these terms for 1,000 BRACKETs at USD 10.00. */
    static ContractSigned signed(PaymentTerms terms) {
        return signed(terms, contractLine(1, "1000", usd("10.00")));
    }

    /** CONTRACT signed on these terms for these lines, its total their totals added. */
    static ContractSigned signed(PaymentTerms terms, ContractLine... lines) {
        Money total = Arrays.stream(lines).map(ContractLine::total).reduce(usd("0.00"), Money::plus);
        return new ContractSigned(
                CONTRACT,
                ACME,
                ALICE,
                USD,
                List.of(lines),
                total,
                terms,
                COMMISSION,
                usd("0.00"),
                null,
                Username.of("carol"),
                SIGNED_ON);
    }

    /** {@code quantity} BRACKETs at {@code unitPrice}, no discount. */
    static ContractLine contractLine(int number, String quantity, Money unitPrice) {
        BigDecimal ordered = new BigDecimal(quantity);
        return new ContractLine(
                number,
                BRACKET,
                Sku.of("BRK-200"),
                ordered,
                PCS,
                unitPrice,
                Percentage.ZERO,
                false,
                ordered,
                PCS,
                SIGNED_ON.plusMonths(2));
    }

    /** {@code quantity} BRACKETs of contract line 1 at USD 10.00 net. */
    static ShipmentShipped shipped(ShipmentId shipmentId, String quantity, LocalDate shippedOn) {
        return shipped(shipmentId, shippedOn, shipmentLine(1, quantity, usd("10.00")));
    }

    static ShipmentShipped shipped(ShipmentId shipmentId, LocalDate shippedOn, ShipmentLine... lines) {
        Money goods = Arrays.stream(lines).map(ShipmentLine::total).reduce(usd("0.00"), Money::plus);
        return new ShipmentShipped(
                shipmentId,
                CONTRACT,
                ACME,
                WarehouseCode.of("NGB-1"),
                List.of(lines),
                goods,
                Username.of("wang"),
                shippedOn);
    }

    static ShipmentLine shipmentLine(int contractLine, String quantity, Money netUnitPrice) {
        BigDecimal shipped = new BigDecimal(quantity);
        return new ShipmentLine(
                contractLine,
                BRACKET,
                Sku.of("BRK-200"),
                shipped,
                PCS,
                shipped,
                PCS,
                netUnitPrice,
                netUnitPrice.times(shipped).rounded());
    }

    /** The invoice of {@link #shipped(ShipmentId, String, LocalDate)}, less the deposit applied. */
    static IssueInvoice shipmentInvoice(
            ShipmentId shipmentId, String quantity, LocalDate shippedOn, Money depositApplied) {
        return shipmentInvoice(shipped(shipmentId, quantity, shippedOn), depositApplied);
    }

    /** The shipment's lines as the contract prices them, less the deposit applied, due 30 days after shipping. */
    static IssueInvoice shipmentInvoice(ShipmentShipped shipped, Money depositApplied) {
        return new IssueInvoice(
                ContractBilling.shipmentInvoiceOf(shipped.shipmentId()),
                InvoiceKind.SHIPMENT,
                CONTRACT,
                shipped.shipmentId(),
                ACME,
                ALICE,
                USD,
                shipped.lines().stream()
                        .map(line -> new InvoiceLine(
                                "BRK-200, contract line " + line.contractLine(),
                                BRACKET,
                                line.quantity(),
                                PCS,
                                line.netUnitPrice(),
                                line.total()))
                        .toList(),
                depositApplied,
                COMMISSION,
                shipped.shippedOn(),
                shipped.shippedOn().plusDays(30));
    }

    static ContractShipmentRecorded recorded(ShipmentId shipmentId, boolean fullyShipped) {
        return new ContractShipmentRecorded(
                CONTRACT, shipmentId, List.of(new ShippedQuantity(1, new BigDecimal("1000"))), fullyShipped);
    }

    static InvoiceSettled settled(InvoiceId invoiceId, LocalDate on) {
        return new InvoiceSettled(invoiceId, CONTRACT, on);
    }

    /** A credit note of {@code amount} on the invoice, issued by frank on 20 June 2026. */
    static InvoiceCredited credited(InvoiceId invoiceId, Money amount, Money outstandingAfter) {
        return new InvoiceCredited(
                invoiceId,
                new DocumentNumber("CN-2026-000001"),
                CONTRACT,
                ACME,
                amount,
                "deposit reduced by agreement",
                outstandingAfter,
                Billing.FRANK,
                SIGNED_ON.plusDays(5));
    }

    static InvoiceCancelled depositCancelled() {
        return new InvoiceCancelled(DEPOSIT_INVOICE, CONTRACT, ACME, "deposit waived");
    }

    static ContractCancelled cancelledContract() {
        return new ContractCancelled(CONTRACT, Username.of("carol"), "customer withdrew", SIGNED_ON.plusDays(10));
    }
}
