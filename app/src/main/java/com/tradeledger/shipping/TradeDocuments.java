package com.tradeledger.shipping;

import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.contracting.PaymentTermsAgreed;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.products.HsCode;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductReclassified;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.ProductRenamed;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shipping.TradeDocumentModels.CommercialInvoice;
import com.tradeledger.shipping.TradeDocumentModels.InvoicedLine;
import com.tradeledger.shipping.TradeDocumentModels.PackedLine;
import com.tradeledger.shipping.TradeDocumentModels.PackingList;
import com.tradeledger.shipping.TradeDocumentModels.Party;
import com.tradeledger.web.NotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Builds a shipment's trade documents (单证) from the event log alone: the shipment's events, and the contract's,
 * customer's and products' events as they stood when it shipped (or, unshipped, at its last event). The same events
 * give the same document, byte for byte; nothing is read from a projection or the clock.
 */
@Component
class TradeDocuments {

    private final EventStore events;
    private final TradeDocumentsProperties company;

    TradeDocuments(EventStore events, TradeDocumentsProperties company) {
        this.events = events;
        this.company = company;
    }

    CommercialInvoice commercialInvoice(ShipmentId shipmentId) {
        Facts facts = facts(shipmentId);
        if (facts.shipped == null) {
            throw new ShipmentNotShipped(shipmentId);
        }
        List<InvoicedLine> lines = new ArrayList<>();
        for (ShipmentLine line : facts.shipped.lines()) {
            Product product = facts.product(line.productId());
            lines.add(new InvoicedLine(
                    line.contractLine(),
                    line.sku(),
                    product.name,
                    product.hsCode,
                    line.quantity(),
                    line.unit(),
                    line.netUnitPrice(),
                    line.total()));
        }
        return new CommercialInvoice(
                "commercial-invoice",
                shipmentId,
                facts.planned.contractId(),
                facts.shipped.shippedOn(),
                company.seller(),
                facts.buyer,
                facts.contract.deliveryTerms(),
                facts.paymentTerms,
                facts.details,
                lines,
                facts.shipped.goodsValue());
    }

    PackingList packingList(ShipmentId shipmentId) {
        Facts facts = facts(shipmentId);
        List<ShipmentLine> shipmentLines = facts.shipped == null ? facts.planned.lines() : facts.shipped.lines();
        List<PackedLine> lines = new ArrayList<>();
        for (ShipmentLine line : shipmentLines) {
            lines.add(new PackedLine(
                    line.contractLine(),
                    line.sku(),
                    facts.product(line.productId()).name,
                    line.quantity(),
                    line.unit(),
                    line.baseQuantity(),
                    line.baseUnit()));
        }
        return new PackingList(
                "packing-list",
                shipmentId,
                facts.planned.contractId(),
                facts.status,
                facts.shipped == null ? null : facts.shipped.shippedOn(),
                facts.planned.warehouse(),
                company.seller(),
                facts.buyer,
                facts.details,
                lines);
    }

    private Facts facts(ShipmentId shipmentId) {
        Facts facts = new Facts();
        Instant[] asOf = {Instant.MIN};
        read(shipmentId.toString(), Instant.MAX, event -> {
            asOf[0] = facts.shipped == null ? event.getTimestamp() : asOf[0];
            Object payload = event.getPayload();
            if (payload instanceof ShipmentPlanned planned) {
                facts.planned = planned;
                facts.status = ShipmentStatus.PLANNED;
            } else if (payload instanceof ShippingDetailsRecorded recorded) {
                facts.details = recorded.details();
            } else if (payload instanceof ShipmentShipped shipped) {
                facts.shipped = shipped;
                facts.status = ShipmentStatus.SHIPPED;
            } else if (payload instanceof ShipmentCancelled) {
                facts.status = ShipmentStatus.CANCELLED;
            }
        });
        if (facts.planned == null) {
            throw new NotFound("shipment", shipmentId.value());
        }
        read(facts.planned.contractId().toString(), asOf[0], event -> {
            if (event.getPayload() instanceof ContractConcluded concluded) {
                facts.contract = concluded;
            } else if (event.getPayload() instanceof PaymentTermsAgreed agreed) {
                facts.paymentTerms = agreed.terms();
            }
        });
        read(facts.planned.customerId().toString(), asOf[0], event -> {
            if (event.getPayload() instanceof CustomerRegistered registered) {
                facts.buyer = new Party(
                        registered.name(), registered.code().value(), registered.address(), registered.country());
            }
        });
        for (ShipmentLine line : facts.planned.lines()) {
            Product product = new Product();
            read(line.productId().toString(), asOf[0], event -> {
                Object payload = event.getPayload();
                if (payload instanceof ProductRegistered registered) {
                    product.name = registered.name();
                    product.hsCode = registered.hsCode();
                } else if (payload instanceof ProductRenamed renamed) {
                    product.name = renamed.name();
                } else if (payload instanceof ProductReclassified reclassified) {
                    product.hsCode = reclassified.hsCode();
                }
            });
            facts.products.add(new Named(line.productId(), product));
        }
        return facts;
    }

    /** The aggregate's events in sequence, up to and including the instant. */
    private void read(String aggregateId, Instant asOf, Consumer<DomainEventMessage<?>> handler) {
        events.readEvents(aggregateId)
                .asStream()
                .takeWhile(event -> !event.getTimestamp().isAfter(asOf))
                .forEach(handler);
    }

    private static final class Facts {
        ShipmentPlanned planned;
        ShipmentShipped shipped;
        ShipmentStatus status;
        ShippingDetails details;
        ContractConcluded contract;
        com.tradeledger.contracting.PaymentTerms paymentTerms;
        Party buyer;
        final List<Named> products = new ArrayList<>();

        Product product(ProductId productId) {
            return products.stream()
                    .filter(named -> named.productId.equals(productId))
                    .findFirst()
                    .map(Named::product)
                    .orElseThrow();
        }
    }

    private static final class Product {
        String name;
        HsCode hsCode;
    }

    private record Named(ProductId productId, Product product) {}
}
