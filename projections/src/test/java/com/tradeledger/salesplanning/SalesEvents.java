package com.tradeledger.salesplanning;

import com.tradeledger.billing.CommissionAccrued;
import com.tradeledger.billing.CommissionClawedBack;
import com.tradeledger.billing.CommissionPaid;
import com.tradeledger.billing.DocumentNumber;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceId;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoiceKind;
import com.tradeledger.billing.InvoiceLine;
import com.tradeledger.billing.PaymentAllocated;
import com.tradeledger.billing.PaymentId;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.contracting.AgentCode;
import com.tradeledger.contracting.BalanceTerms;
import com.tradeledger.contracting.CommissionTerms;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractLine;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.Incoterm;
import com.tradeledger.quoting.PriceBasis;
import com.tradeledger.quoting.PriceOrigin;
import com.tradeledger.quoting.QuoteAccepted;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteExpired;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteLine;
import com.tradeledger.quoting.QuoteRejected;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import com.tradeledger.shipping.ShipmentLine;
import com.tradeledger.shipping.ShipmentShipped;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * Alice sells desk lamps (10.00 EUR) and lamp shades (3.20 EUR) to Hamburg Imports; Bob sells to Shanghai Textiles.
 * Events as the command model records them, with fixed values.
 */
final class SalesEvents {

    static final Username ALICE = Username.of("alice");
    static final Username BOB = Username.of("bob");
    static final Username MAX = Username.of("max");
    static final CustomerId HAMBURG = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final CustomerId SHANGHAI = CustomerId.of("0b5a1c52-0000-4000-8000-000000000002");
    static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    static final ProductId LAMP_SHADE = ProductId.of("7d1e0f3a-0000-4000-8000-000000000002");
    static final QuoteId LAMP_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000001");
    static final QuoteId SHADE_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000002");
    static final ContractId LAMP_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000001");
    static final ShipmentId LAMP_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000001");
    static final InvoiceId LAMP_INVOICE = InvoiceId.of("1e0a0b0c-0000-4000-8000-000000000001");
    static final PaymentId DOLLAR_PAYMENT = PaymentId.of("2e0a0b0c-0000-4000-8000-000000000001");
    static final AgentCode NORDIC = AgentCode.of("NORDIC-TRADE");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency CNY = Currency.getInstance("CNY");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final YearMonth MAY = YearMonth.of(2025, 5);
    static final YearMonth JUNE = YearMonth.of(2025, 6);

    private SalesEvents() {}

    static QuoteDrafted drafted(QuoteId quote, CustomerId customer, Username salesperson) {
        return new QuoteDrafted(
                quote,
                customer,
                salesperson,
                null,
                EUR,
                new DeliveryTerms(Incoterm.FOB, "Ningbo"),
                APRIL.atEndOfMonth());
    }

    /** The revision issued on the day with the lines given, valid to the end of the next month. */
    static QuoteIssued issued(QuoteId quote, int revision, LocalDate on, QuoteLine... lines) {
        Money total = Arrays.stream(lines).map(QuoteLine::total).reduce(eur("0.00"), Money::plus);
        return new QuoteIssued(
                quote,
                revision,
                List.of(lines),
                total,
                new DeliveryTerms(Incoterm.FOB, "Ningbo"),
                on,
                YearMonth.from(on).plusMonths(1).atEndOfMonth());
    }

    static QuoteLine lamps(String quantity) {
        return QuoteLine.priced(
                1,
                DESK_LAMP,
                Sku.of("LAMP-DESK-01"),
                new BigDecimal(quantity),
                PCS,
                eur("10.00"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.LIST_PRICE, null, ALICE),
                null);
    }

    static QuoteLine shades(String quantity) {
        return QuoteLine.priced(
                2,
                LAMP_SHADE,
                Sku.of("SHADE-STEEL-01"),
                new BigDecimal(quantity),
                PCS,
                eur("3.20"),
                Percentage.ZERO,
                new PriceOrigin(PriceBasis.MANUAL, null, ALICE),
                null);
    }

    static QuoteAccepted accepted(QuoteId quote, int revision, LocalDate on) {
        return new QuoteAccepted(quote, revision, eur("0.00"), on);
    }

    static QuoteRejected rejected(QuoteId quote, int revision) {
        return new QuoteRejected(quote, revision, "too dear");
    }

    static QuoteExpired expired(QuoteId quote, int revision, LocalDate validUntil) {
        return new QuoteExpired(quote, revision, validUntil);
    }

    /** Alice's contract with Hamburg: 100 lamps (1000.00, due end of May) and 50 shades (160.00, undated). */
    static ContractSigned signed(LocalDate on) {
        return new ContractSigned(
                LAMP_CONTRACT,
                HAMBURG,
                ALICE,
                EUR,
                List.of(contractLamps().deliveredOn(MAY.atEndOfMonth()), contractShades()),
                eur("1160.00"),
                new PaymentTerms(Percentage.of("30"), 7, BalanceTerms.AFTER_SHIPMENT, 30),
                new CommissionTerms(NORDIC, Percentage.of("3")),
                eur("0.00"),
                null,
                MAX,
                on);
    }

    static ContractLine contractLamps() {
        return new ContractLine(
                1,
                DESK_LAMP,
                Sku.of("LAMP-DESK-01"),
                new BigDecimal("100"),
                PCS,
                eur("10.00"),
                Percentage.ZERO,
                false,
                new BigDecimal("100"),
                PCS,
                null);
    }

    static ContractLine contractShades() {
        return new ContractLine(
                2,
                LAMP_SHADE,
                Sku.of("SHADE-STEEL-01"),
                new BigDecimal("50"),
                PCS,
                eur("3.20"),
                Percentage.ZERO,
                false,
                new BigDecimal("50"),
                PCS,
                null);
    }

    static ContractCancelled cancelled(LocalDate on) {
        return new ContractCancelled(LAMP_CONTRACT, MAX, "the customer withdrew", on);
    }

    /** 60 of the 100 lamps, worth 600.00, shipped on the day. */
    static ShipmentShipped shippedLamps(LocalDate on) {
        return new ShipmentShipped(
                LAMP_SHIPMENT,
                LAMP_CONTRACT,
                HAMBURG,
                WarehouseCode.of("NINGBO-1"),
                List.of(new ShipmentLine(
                        1,
                        DESK_LAMP,
                        Sku.of("LAMP-DESK-01"),
                        new BigDecimal("60"),
                        PCS,
                        new BigDecimal("60"),
                        PCS,
                        eur("10.00"),
                        eur("600.00"))),
                eur("600.00"),
                Username.of("walt"),
                on);
    }

    /** The invoice of the 60 lamps shipped: 600.00 less the 348.00 deposit, 252.00 due. */
    static InvoiceIssued invoiced(LocalDate on) {
        return new InvoiceIssued(
                LAMP_INVOICE,
                DocumentNumber.of("INV", 2025, 7),
                InvoiceKind.SHIPMENT,
                LAMP_CONTRACT,
                LAMP_SHIPMENT,
                HAMBURG,
                ALICE,
                EUR,
                List.of(new InvoiceLine(
                        "desk lamps", DESK_LAMP, new BigDecimal("60"), PCS, eur("10.00"), eur("600.00"))),
                eur("600.00"),
                eur("348.00"),
                eur("252.00"),
                new CommissionTerms(NORDIC, Percentage.of("3")),
                on,
                on.plusDays(30));
    }

    static InvoiceCancelled invoiceCancelled() {
        return new InvoiceCancelled(LAMP_INVOICE, LAMP_CONTRACT, HAMBURG, "issued in error");
    }

    static InvoiceCredited credited(String amount, LocalDate on) {
        return new InvoiceCredited(
                LAMP_INVOICE,
                DocumentNumber.of("CN", 2025, 1),
                LAMP_CONTRACT,
                HAMBURG,
                eur(amount),
                "two lamps broken",
                eur("0.00"),
                Username.of("fiona"),
                on);
    }

    /** 280.00 USD received on the day at 7.1 CNY per USD. */
    static PaymentReceived dollarsReceived(LocalDate on) {
        return new PaymentReceived(
                DOLLAR_PAYMENT,
                HAMBURG,
                Money.of("280.00", "USD"),
                "BANK-1",
                on,
                new BigDecimal("7.1"),
                Money.of("1988.00", "CNY"),
                Username.of("fiona"));
    }

    /** All 280.00 USD to the lamp invoice at 0.9 EUR per USD: 252.00 EUR settled. */
    static PaymentAllocated dollarsAllocated() {
        return new PaymentAllocated(
                DOLLAR_PAYMENT, LAMP_INVOICE, Money.of("280.00", "USD"), new BigDecimal("0.9"), eur("252.00"));
    }

    static CommissionAccrued commissionAccrued(String commission) {
        return new CommissionAccrued(
                LAMP_INVOICE,
                LAMP_CONTRACT,
                DOLLAR_PAYMENT,
                NORDIC,
                Percentage.of("3"),
                eur("252.00"),
                eur(commission));
    }

    static CommissionClawedBack commissionClawedBack(String commission) {
        return new CommissionClawedBack(
                LAMP_INVOICE,
                LAMP_CONTRACT,
                DocumentNumber.of("CN", 2025, 1),
                NORDIC,
                Percentage.of("3"),
                eur("20.00"),
                eur(commission));
    }

    static CommissionPaid commissionPaid(String amount, LocalDate on) {
        return new CommissionPaid(LAMP_INVOICE, LAMP_CONTRACT, NORDIC, eur(amount), "BANK-9", on);
    }

    static SalesTargetSet targetSet(Username salesperson, YearMonth month, String amount, String previous) {
        return new SalesTargetSet(
                SalesTargetId.of(salesperson, month),
                salesperson,
                month,
                Money.of(amount, "CNY"),
                previous == null ? null : Money.of(previous, "CNY"),
                MAX);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
