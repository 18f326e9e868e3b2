package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.customers.CustomerStatus;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.quoting.Incoterm;
import com.tradeledger.quoting.PriceBasis;
import com.tradeledger.quoting.PriceOrigin;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteLine;
import com.tradeledger.quoting.QuoteStatus;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/**
 * Contracts for tests: CONTRACT, concluded by alice on 12 June 2026 from QUOTE, which ACME (owned by alice, credit
 * limit USD 50,000.00, nothing owed) accepted in USD FOB Ningbo: line 1, 100 BRACKETs at USD 12.00 (USD 1,200.00);
 * line 2, 10 cartons of twelve BRACKETs at USD 132.00 less 5 % (USD 1,254.00); USD 2,454.00 in all. Contracts above
 * USD 10,000.00 need approval; carol and dave are managers; AGT-01 is a registered, active commission agent. Every value is fixed so that a failing test prints the
 * same thing every time.
 */
final class Contracts {

    static final ContractId CONTRACT = ContractId.of("0c000000-0000-4000-8000-000000000001");
    static final QuoteId QUOTE = QuoteId.of("0d000000-0000-4000-8000-000000000001");
    static final CustomerId ACME = CustomerId.of("0a000000-0000-4000-8000-000000000001");
    static final Username ALICE = Username.of("alice");
    static final Username CAROL = Username.of("carol");
    static final Username DAVE = Username.of("dave");
    static final ProductId BRACKET = ProductId.of("0b000000-0000-4000-8000-000000000001");
    static final Sku BRACKET_SKU = Sku.of("BRK-200");
    static final UnitOfMeasure PCS = UnitOfMeasure.of("PCS");
    static final UnitOfMeasure CTN = UnitOfMeasure.of("CTN");
    static final Currency USD = Currency.getInstance("USD");
    static final DeliveryTerms FOB_NINGBO = new DeliveryTerms(Incoterm.FOB, "Ningbo");
    static final LocalDate CONCLUDED_ON = LocalDate.of(2026, 6, 12);
    static final LocalDate DELIVERY_DATE = LocalDate.of(2026, 8, 1);
    static final LocalDate SIGNED_ON = LocalDate.of(2026, 6, 20);
    static final Money TOTAL = usd("2454.00");
    static final Money CREDIT_LIMIT = usd("50000.00");
    static final PaymentTerms TERMS = new PaymentTerms(Percentage.of("30"), 7, BalanceTerms.AFTER_SHIPMENT, 30);
    static final AgentCode AGT_01 = AgentCode.of("AGT-01");
    static final CommissionTerms COMMISSION = new CommissionTerms(AGT_01, Percentage.of("3"));
    static final ShipmentId SHIPMENT = ShipmentId.of("0e000000-0000-4000-8000-000000000001");

    private Contracts() {}

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static CustomerStanding acmeStanding(Money creditLimit) {
        return new CustomerStanding(CustomerStatus.ACTIVE, CustomerGrade.B, ALICE, creditLimit);
    }

    static AcceptedQuote quote(QuoteStatus status) {
        return new AcceptedQuote(QUOTE, status, 2, ACME, ALICE, USD, FOB_NINGBO, List.of(quoteLine(1), quoteLine(2)));
    }

    static QuoteLine quoteLine(int lineNumber) {
        PriceOrigin origin = new PriceOrigin(PriceBasis.LIST_PRICE, null, ALICE);
        return lineNumber == 1
                ? new QuoteLine(
                        1,
                        BRACKET,
                        BRACKET_SKU,
                        new BigDecimal("100"),
                        PCS,
                        usd("12.00"),
                        Percentage.ZERO,
                        origin,
                        false)
                : new QuoteLine(
                        2, BRACKET, BRACKET_SKU, BigDecimal.TEN, CTN, usd("132.00"), Percentage.of("5"), origin, false);
    }

    /** The contract line copied from the quote line of that number, not yet scheduled. */
    static ContractLine line(int lineNumber) {
        QuoteLine quoted = quoteLine(lineNumber);
        return new ContractLine(
                lineNumber,
                BRACKET,
                BRACKET_SKU,
                quoted.quantity(),
                quoted.unit(),
                quoted.unitPrice(),
                quoted.discount(),
                quoted.belowFloor(),
                lineNumber == 1 ? new BigDecimal("100") : new BigDecimal("120"),
                PCS,
                null);
    }

    static List<ContractLine> scheduledLines() {
        return List.of(line(1).deliveredOn(DELIVERY_DATE), line(2).deliveredOn(DELIVERY_DATE));
    }

    static final ContractingPolicy POLICY = new ContractingPolicy(Map.of(USD, new BigDecimal("10000.00")));

    /** A fixture for the contract aggregate with ACME, the accepted QUOTE, stock that holds all, and POLICY. */
    static Fixture fixture() {
        return new Fixture(POLICY);
    }

    static Fixture fixture(ContractingPolicy policy) {
        return new Fixture(policy);
    }

    static ContractConcluded concluded() {
        return concluded(List.of(line(1), line(2)), TOTAL);
    }

    static ContractConcluded concluded(List<ContractLine> lines, Money total) {
        return new ContractConcluded(
                CONTRACT, QUOTE, 2, ACME, ALICE, USD, FOB_NINGBO, lines, total, ALICE, CONCLUDED_ON);
    }

    static ContractConcluded concludedWithALineBelowFloor() {
        ContractLine cheap = new ContractLine(
                1,
                BRACKET,
                BRACKET_SKU,
                new BigDecimal("100"),
                PCS,
                usd("9.50"),
                Percentage.ZERO,
                true,
                new BigDecimal("100"),
                PCS,
                null);
        return concluded(List.of(cheap), usd("950.00"));
    }

    /** Concluded, with payment terms and a delivery date for both lines: ready to submit or sign. */
    static List<Object> aCompleteDraft() {
        return List.of(
                concluded(),
                new PaymentTermsAgreed(CONTRACT, TERMS),
                new DeliveryScheduled(CONTRACT, 1, DELIVERY_DATE),
                new DeliveryScheduled(CONTRACT, 2, DELIVERY_DATE));
    }

    static ContractSubmitted submitted(ApprovalReason... reasons) {
        return new ContractSubmitted(CONTRACT, ALICE, List.of(reasons));
    }

    static ContractApproved approved() {
        return new ContractApproved(CONTRACT, CAROL, "long-standing customer");
    }

    static ContractSigned signed(Money openReceivables, Money creditLimit) {
        return new ContractSigned(
                CONTRACT,
                ACME,
                ALICE,
                USD,
                scheduledLines(),
                TOTAL,
                TERMS,
                null,
                openReceivables,
                creditLimit,
                ALICE,
                SIGNED_ON);
    }

    static List<Object> aSignedContract() {
        return then(aCompleteDraft(), signed(usd("0.00"), CREDIT_LIMIT));
    }

    /** CONTRACT signed for these lines instead of QUOTE's, each to be delivered on DELIVERY_DATE. */
    static List<Object> aContractSignedFor(ContractLine... lines) {
        List<ContractLine> scheduled = List.of(lines).stream()
                .map(line -> line.deliveredOn(DELIVERY_DATE))
                .toList();
        Money total = ContractLines.of(scheduled).total(USD);
        List<Object> history = new ArrayList<>();
        history.add(concluded(List.of(lines), total));
        history.add(new PaymentTermsAgreed(CONTRACT, TERMS));
        scheduled.forEach(line -> history.add(new DeliveryScheduled(CONTRACT, line.lineNumber(), DELIVERY_DATE)));
        history.add(new ContractSigned(
                CONTRACT,
                ACME,
                ALICE,
                USD,
                scheduled,
                total,
                TERMS,
                null,
                usd("0.00"),
                CREDIT_LIMIT,
                ALICE,
                SIGNED_ON));
        return history;
    }

    static ContractShipmentRecorded shipmentRecorded(boolean fullyShipped, ShippedQuantity... lines) {
        return new ContractShipmentRecorded(CONTRACT, SHIPMENT, List.of(lines), fullyShipped);
    }

    static ShippedQuantity shippedQuantity(int lineNumber, String quantity) {
        return new ShippedQuantity(lineNumber, new BigDecimal(quantity));
    }

    /** The history so far, followed by more events. */
    static List<Object> then(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    /** The contract aggregate's fixture with its fakes, which a test may change before it runs. */
    static final class Fixture {

        final InMemoryAcceptedQuotes quotes = new InMemoryAcceptedQuotes().with(quote(QuoteStatus.ACCEPTED));
        final InMemoryProductUnits units = new InMemoryProductUnits().counting(BRACKET, PCS, CTN, "12");
        final InMemoryCustomerStandings customers =
                new InMemoryCustomerStandings().with(ACME, acmeStanding(CREDIT_LIMIT));
        final InMemoryContractRegistry registry = new InMemoryContractRegistry();
        final InMemoryCreditExposure exposure = new InMemoryCreditExposure();
        final RecordingStockKeeping stock = new RecordingStockKeeping();
        final InMemoryCommissionAgents agents = new InMemoryCommissionAgents().active(AGT_01);
        final FixtureConfiguration<Contract> aggregate = new AggregateTestFixture<>(Contract.class);

        private Fixture(ContractingPolicy policy) {
            aggregate.registerInjectableResource(quotes);
            aggregate.registerInjectableResource(units);
            aggregate.registerInjectableResource(customers);
            aggregate.registerInjectableResource(registry);
            aggregate.registerInjectableResource(exposure);
            aggregate.registerInjectableResource(stock);
            aggregate.registerInjectableResource(agents);
            aggregate.registerInjectableResource(policy);
        }
    }
}
