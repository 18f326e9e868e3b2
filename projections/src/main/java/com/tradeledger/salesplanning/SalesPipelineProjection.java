package com.tradeledger.salesplanning;

import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractLine;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.DeliveryScheduled;
import com.tradeledger.products.ProductId;
import com.tradeledger.quoting.QuoteAccepted;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteExpired;
import com.tradeledger.quoting.QuoteId;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteLine;
import com.tradeledger.quoting.QuoteRejected;
import com.tradeledger.shipping.ShipmentLine;
import com.tradeledger.shipping.ShipmentShipped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Sales performance from the pipeline: quotes issued (a quote counts at its latest issued revision, in the month that
 * revision was issued), won and lost (rejected or expired; a revision superseded by a newer one is neither), contracts
 * signed and cancelled, goods shipped, and the targets set (销售计划). Each event is taken once, by its id.
 */
@Component
@ProcessingGroup("sales-performance")
public class SalesPipelineProjection {

    private final SalesPerformanceBook performance;
    private final SalesDealBook deals;
    private final SalesTargetBook targets;

    public SalesPipelineProjection(SalesPerformanceBook performance, SalesDealBook deals, SalesTargetBook targets) {
        this.performance = performance;
        this.deals = deals;
        this.targets = targets;
    }

    @EventHandler
    public void on(QuoteDrafted event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            deals.draftQuote(event.quoteId(), event.customerId(), event.salesperson(), event.currency());
        }
    }

    @EventHandler
    public void on(QuoteIssued event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        deals.quote(event.quoteId()).ifPresent(quote -> {
            if (quote.issuedOn() != null) {
                add(quote.cell(quote.issuedOn()), SalesMeasure.QUOTED, negated(quote.lines()));
            }
            if ("LOST".equals(quote.status())) {
                add(quote.cell(quote.lostOn()), SalesMeasure.QUOTES_LOST, negated(quote.lines()));
            }
            List<ProductAmount> lines = perProduct(
                    event.lines(), QuoteLine::productId, line -> line.total().amount());
            add(quote.cell(event.issuedOn()), SalesMeasure.QUOTED, lines);
            deals.issueQuote(
                    event.quoteId(),
                    event.issuedOn(),
                    event.validUntil(),
                    event.total().amount(),
                    lines);
        });
    }

    @EventHandler
    public void on(QuoteAccepted event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            decide(event.quoteId(), "WON", SalesMeasure.QUOTES_WON, event.acceptedOn());
        }
    }

    @EventHandler
    public void on(QuoteRejected event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (performance.takes(eventId)) {
            decide(event.quoteId(), "LOST", SalesMeasure.QUOTES_LOST, LocalDate.ofInstant(at, ZoneOffset.UTC));
        }
    }

    @EventHandler
    public void on(QuoteExpired event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            decide(event.quoteId(), "LOST", SalesMeasure.QUOTES_LOST, event.validUntil());
        }
    }

    @EventHandler
    public void on(ContractSigned event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        deals.signContract(
                event.contractId(),
                event.customerId(),
                event.salesperson(),
                event.currency(),
                event.signedOn(),
                event.lines());
        var cell = new SalesCell(event.salesperson(), event.customerId(), null, event.signedOn(), event.currency());
        add(
                cell,
                SalesMeasure.CONTRACTED,
                perProduct(
                        event.lines(),
                        ContractLine::productId,
                        line -> line.total().amount()));
    }

    @EventHandler
    public void on(ContractCancelled event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        deals.contract(event.contractId())
                .filter(contract -> "SIGNED".equals(contract.status()))
                .ifPresent(contract -> {
                    add(contract.cell(contract.signedOn()), SalesMeasure.CONTRACTED, negated(contract.lines()));
                    deals.contractStatus(event.contractId(), "CANCELLED");
                });
    }

    @EventHandler
    public void on(ContractCompleted event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            deals.contractStatus(event.contractId(), "COMPLETED");
        }
    }

    @EventHandler
    public void on(DeliveryScheduled event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            deals.scheduleDelivery(event.contractId(), event.lineNumber(), event.deliveryDate());
        }
    }

    @EventHandler
    public void on(ShipmentShipped event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        deals.contract(event.contractId()).ifPresent(contract -> {
            for (ShipmentLine line : event.lines()) {
                deals.ship(
                        event.contractId(),
                        line.contractLine(),
                        line.quantity(),
                        line.total().amount());
            }
            add(
                    contract.cell(event.shippedOn()),
                    SalesMeasure.SHIPPED,
                    perProduct(
                            event.lines(),
                            ShipmentLine::productId,
                            line -> line.total().amount()));
        });
    }

    @EventHandler
    public void on(SalesTargetSet event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            targets.set(event);
        }
    }

    @ResetHandler
    public void reset() {
        performance.clearAll();
    }

    private void decide(QuoteId quoteId, String status, SalesMeasure measure, LocalDate on) {
        deals.quote(quoteId).filter(quote -> "OPEN".equals(quote.status())).ifPresent(quote -> {
            add(quote.cell(on), measure, quote.lines());
            deals.decideQuote(quoteId, status, "LOST".equals(status) ? on : null);
        });
    }

    private void add(SalesCell cell, SalesMeasure measure, List<ProductAmount> amounts) {
        for (ProductAmount amount : amounts) {
            performance.add(cell.forProduct(amount.productId()), measure, amount.amount());
        }
    }

    static <T> List<ProductAmount> perProduct(
            List<T> lines, Function<T, ProductId> product, Function<T, BigDecimal> amount) {
        Map<ProductId, BigDecimal> sums = new LinkedHashMap<>();
        for (T line : lines) {
            sums.merge(product.apply(line), amount.apply(line), BigDecimal::add);
        }
        List<ProductAmount> amounts = new ArrayList<>();
        sums.forEach((productId, sum) -> amounts.add(new ProductAmount(productId, sum)));
        return amounts;
    }

    static List<ProductAmount> negated(List<ProductAmount> amounts) {
        return amounts.stream().map(ProductAmount::negated).toList();
    }
}
