package com.tradeledger.history;

import com.tradeledger.billing.DocumentNumber;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoiceKind;
import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.billing.PaymentAllocated;
import com.tradeledger.billing.PaymentId;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.customers.Address;
import com.tradeledger.customers.CustomerCode;
import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.purchasing.CoveredRequisition;
import com.tradeledger.purchasing.PurchaseOrderLine;
import com.tradeledger.purchasing.PurchaseOrderPlaced;
import com.tradeledger.purchasing.RequisitionId;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.Incoterm;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteRevised;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Events of a small trade for the history tests: Hamburg Imports buys desk lamps from Ningbo Lighting. */
final class HistoryEvents {

    static final CustomerId HAMBURG = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final CustomerId HAMBURG_DUPLICATE = CustomerId.of("0b5a1c52-0000-4000-8000-000000000002");
    static final CustomerId LYON = CustomerId.of("0b5a1c52-0000-4000-8000-000000000003");
    static final QuoteId LAMP_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000001");
    static final QuoteId SHADE_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000002");
    static final ContractId LAMP_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000001");
    static final ContractId SHADE_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000002");
    static final RequisitionId LAMPS_NEEDED = RequisitionId.of("4e9b2a10-0000-4000-8000-000000000001");
    static final RequisitionId SHADES_NEEDED = RequisitionId.of("4e9b2a10-0000-4000-8000-000000000002");
    static final PurchaseOrderId NINGBO_ORDER = PurchaseOrderId.of("6c3d8f20-0000-4000-8000-000000000001");
    static final SupplierId NINGBO_LIGHTING = SupplierId.of("5f0e7d30-0000-4000-8000-000000000001");
    static final InvoiceId LAMP_INVOICE = InvoiceId.of("1d2c3b4a-0000-4000-8000-000000000001");
    static final InvoiceId SHADE_INVOICE = InvoiceId.of("1d2c3b4a-0000-4000-8000-000000000002");
    static final PaymentId WIRE = PaymentId.of("2e3f4a5b-0000-4000-8000-000000000001");
    static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    static final Username ALICE = Username.of("alice");
    static final Currency USD = Currency.getInstance("USD");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    private HistoryEvents() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static CustomerRegistered registered(CustomerId customer, String code) {
        return new CustomerRegistered(
                customer,
                CustomerCode.of(code),
                "Hamburg Imports GmbH",
                CountryCode.of("DE"),
                new Address("Hafenstrasse 1", "Hamburg", "20457", null),
                List.of(),
                CustomerGrade.B,
                ALICE,
                usd("500000"),
                USD);
    }

    static QuoteDrafted drafted(QuoteId quote, CustomerId customer) {
        return new QuoteDrafted(
                quote, customer, ALICE, CustomerGrade.B, USD, new DeliveryTerms(Incoterm.FOB, "Ningbo"), TODAY);
    }

    static QuoteIssued issued(QuoteId quote, int revision, String total) {
        return new QuoteIssued(quote, revision, List.of(), usd(total), null, TODAY, TODAY.plusDays(30));
    }

    static QuoteRevised revised(QuoteId quote, int revision) {
        return new QuoteRevised(quote, revision, "customer asked for a lower price", TODAY.plusDays(30));
    }

    static ContractConcluded concluded(ContractId contract, QuoteId quote, CustomerId customer, String total) {
        return new ContractConcluded(
                contract, quote, 2, customer, ALICE, USD, null, List.of(), usd(total), ALICE, TODAY);
    }

    static ContractSigned signed(ContractId contract, CustomerId customer, String total) {
        return new ContractSigned(
                contract, customer, ALICE, USD, List.of(), usd(total), null, null, null, null, ALICE, TODAY);
    }

    /** Line 1 buys lamps for the lamp contract at 8.00 USD; line 2 shades for the shade contract at 3.50 USD. */
    static PurchaseOrderPlaced orderPlaced() {
        return new PurchaseOrderPlaced(
                NINGBO_ORDER,
                NINGBO_LIGHTING,
                USD,
                List.of(
                        orderLine(1, LAMPS_NEEDED, LAMP_CONTRACT, "8.00"),
                        orderLine(2, SHADES_NEEDED, SHADE_CONTRACT, "3.50")),
                usd("1150.00"),
                Username.of("paula"),
                TODAY);
    }

    private static PurchaseOrderLine orderLine(
            int number, RequisitionId requisition, ContractId contract, String price) {
        BigDecimal quantity = new BigDecimal("100");
        return new PurchaseOrderLine(
                number,
                DESK_LAMP,
                Sku.of("LAMP-" + number),
                quantity,
                PCS,
                quantity,
                PCS,
                BigDecimal.ONE,
                usd(price),
                usd(price).times(quantity),
                TODAY.plusDays(20),
                List.of(new CoveredRequisition(requisition, contract, 1, quantity, TODAY.plusDays(25))));
    }

    static InvoiceIssued invoiced(InvoiceId invoice, ContractId contract, CustomerId customer, String total) {
        return new InvoiceIssued(
                invoice,
                DocumentNumber.of("INV", 2025, invoice.equals(LAMP_INVOICE) ? 1 : 2),
                InvoiceKind.DEPOSIT,
                contract,
                null,
                customer,
                ALICE,
                USD,
                List.of(),
                usd(total),
                usd("0"),
                usd(total),
                null,
                TODAY,
                TODAY.plusDays(7));
    }

    static PaymentReceived received(CustomerId customer, String amount) {
        return new PaymentReceived(
                WIRE, customer, usd(amount), "BANK-REF-1", TODAY, BigDecimal.ONE, usd(amount), Username.of("fiona"));
    }

    static PaymentAllocated allocated(InvoiceId invoice, String amount) {
        return new PaymentAllocated(WIRE, invoice, usd(amount), BigDecimal.ONE, usd(amount));
    }

    static InvoicePaymentApplied applied(InvoiceId invoice, ContractId contract, CustomerId customer, String amount) {
        return new InvoicePaymentApplied(invoice, WIRE, contract, customer, usd(amount), usd("0"), TODAY);
    }
}
