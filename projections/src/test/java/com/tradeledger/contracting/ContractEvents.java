package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.Incoterm;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Contract events as the command model records them, with meaningful, fixed defaults. */
final class ContractEvents {

    static final ContractId LAMP_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000001");
    static final ContractId OTHER_CONTRACT = ContractId.of("c0a7e1d2-0000-4000-8000-000000000002");
    static final QuoteId LAMP_QUOTE = QuoteId.of("9a4f2c6e-0000-4000-8000-000000000001");
    static final CustomerId HAMBURG_IMPORTS = CustomerId.of("0b5a1c52-0000-4000-8000-000000000001");
    static final CustomerId SHANGHAI_TEXTILES = CustomerId.of("0b5a1c52-0000-4000-8000-000000000002");
    static final ProductId DESK_LAMP = ProductId.of("7d1e0f3a-0000-4000-8000-000000000001");
    static final ProductId LAMP_SHADE = ProductId.of("7d1e0f3a-0000-4000-8000-000000000002");
    static final ShipmentId FIRST_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000001");
    static final ShipmentId SECOND_SHIPMENT = ShipmentId.of("5b1d0c9e-0000-4000-8000-000000000002");
    static final Username ALICE = Username.of("alice");
    static final Username BOB = Username.of("bob");
    static final Username MANAGER = Username.of("mia.manager");
    static final Currency EUR = Currency.getInstance("EUR");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final DeliveryTerms FOB_NINGBO = new DeliveryTerms(Incoterm.FOB, "Ningbo");
    static final LocalDate CONCLUDED_ON = LocalDate.of(2025, 4, 10);
    static final LocalDate SIGNED_ON = LocalDate.of(2025, 4, 14);
    static final LocalDate END_OF_MAY = LocalDate.of(2025, 5, 31);
    static final Instant CONCLUDED_AT = Instant.parse("2025-04-10T08:00:00Z");
    /** 30 % deposit due in 7 days, the balance 30 days after shipment. */
    static final PaymentTerms THIRTY_PERCENT_DEPOSIT =
            new PaymentTerms(Percentage.of("30"), 7, BalanceTerms.AFTER_SHIPMENT, 30);

    static final CommissionTerms THREE_PERCENT_TO_NORDIC =
            new CommissionTerms(AgentCode.of("NORDIC-TRADE"), Percentage.of("3"));

    private ContractEvents() {}

    /** Alice's contract with Hamburg Imports from revision 2 of the lamp quote: desk lamps and lamp shades. */
    static ContractConcluded lampContractConcluded() {
        return concluded(LAMP_CONTRACT, HAMBURG_IMPORTS, ALICE);
    }

    static ContractConcluded concluded(ContractId id, CustomerId customer, Username salesperson) {
        return new ContractConcluded(
                id,
                LAMP_QUOTE,
                2,
                customer,
                salesperson,
                EUR,
                FOB_NINGBO,
                List.of(deskLamps(), lampShades()),
                eur("1110.00"),
                salesperson,
                CONCLUDED_ON);
    }

    /** The instant {@code hours} after the conclusion: events of one contract come in this order. */
    static Instant hoursLater(int hours) {
        return CONCLUDED_AT.plusSeconds(hours * 3600L);
    }

    /** Line 1: 100 desk lamps at 10.00 less 5 %: 950.00; no delivery date yet. */
    static ContractLine deskLamps() {
        return new ContractLine(
                1,
                DESK_LAMP,
                Sku.of("LAMP-DESK-01"),
                new BigDecimal("100"),
                PCS,
                eur("10.00"),
                Percentage.of("5"),
                false,
                new BigDecimal("100"),
                PCS,
                null);
    }

    /** Line 2: 50 lamp shades at 3.20, below the floor: 160.00; no delivery date yet. */
    static ContractLine lampShades() {
        return new ContractLine(
                2,
                LAMP_SHADE,
                Sku.of("SHADE-STEEL-01"),
                new BigDecimal("50"),
                PCS,
                eur("3.20"),
                Percentage.ZERO,
                true,
                new BigDecimal("50"),
                PCS,
                null);
    }

    static PaymentTermsAgreed paymentTermsAgreed(ContractId id, PaymentTerms terms) {
        return new PaymentTermsAgreed(id, terms);
    }

    static CommissionAgreed commissionAgreed(ContractId id, CommissionTerms terms) {
        return new CommissionAgreed(id, terms);
    }

    static DeliveryScheduled deliveryScheduled(ContractId id, int lineNumber, LocalDate date) {
        return new DeliveryScheduled(id, lineNumber, date);
    }

    static ContractSubmitted submitted(ContractId id, ApprovalReason... reasons) {
        return new ContractSubmitted(id, ALICE, List.of(reasons));
    }

    static ContractApproved approved(ContractId id) {
        return new ContractApproved(id, MANAGER, "strategic customer");
    }

    static ContractRejected rejected(ContractId id) {
        return new ContractRejected(id, MANAGER, "the lamp shades sell too cheaply");
    }

    /** Signed by the manager on 14 April at 1110.00 EUR, with the 30 % deposit terms and Nordic's 3 %. */
    static ContractSigned signed(ContractId id) {
        return new ContractSigned(
                id,
                HAMBURG_IMPORTS,
                ALICE,
                EUR,
                List.of(deskLamps().deliveredOn(END_OF_MAY), lampShades().deliveredOn(END_OF_MAY)),
                eur("1110.00"),
                THIRTY_PERCENT_DEPOSIT,
                THREE_PERCENT_TO_NORDIC,
                eur("0.00"),
                eur("50000.00"),
                MANAGER,
                SIGNED_ON);
    }

    static ContractShipmentRecorded shipmentRecorded(
            ContractId id, ShipmentId shipment, boolean fullyShipped, ShippedQuantity... lines) {
        return new ContractShipmentRecorded(id, shipment, List.of(lines), fullyShipped);
    }

    static ShippedQuantity shipped(int lineNumber, String quantity) {
        return new ShippedQuantity(lineNumber, new BigDecimal(quantity));
    }

    static ContractCancelled cancelled(ContractId id) {
        return new ContractCancelled(id, ALICE, "the customer withdrew", LocalDate.of(2025, 4, 20));
    }

    static ContractCompleted completed(ContractId id) {
        return new ContractCompleted(id, LocalDate.of(2025, 7, 1));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
