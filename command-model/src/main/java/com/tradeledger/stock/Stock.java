package com.tradeledger.stock;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * The stock (库存) of one product: what each warehouse has on hand and what is reserved for each contract line.
 * Available is everything on hand less everything reserved. A stocktake (盘点) or the first goods received (收货)
 * bring it into being; a count sets a warehouse's on hand to what was counted; signing reserves, cancelling
 * releases, shipping issues, returns to the supplier (退货) take out and transfers move stock between warehouses.
 * On hand in a warehouse never goes below zero. Reservations are per product, not per warehouse, so a transfer
 * leaves them as they were.
 *
 * <p>A count below what is reserved is recorded as counted: the goods are not there, whatever was promised. The
 * reservations stay, and available shows the shortfall as a negative number until stock comes in or a
 * reservation is released; meanwhile nothing more can be reserved or issued beyond the reservations.
 *
 * <p>A busy product's stock gathers events for as long as it is traded, so its fields are also its snapshot: the
 * ledger stores them every so many events, and loading the stock reads the latest snapshot and the events after it.
 * A change to the fields needs the next revision, which sets the older snapshots aside.
 */
@Revision("1")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Stock {

    @AggregateIdentifier
    private StockId stockId;

    private UnitOfMeasure baseUnit;
    private final Map<WarehouseCode, BigDecimal> onHand = new HashMap<>();
    private final Reservations reservations = new Reservations();

    Stock() {
        // Axon rebuilds the stock from its events through this constructor, and creates it on its first count.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void count(CountStock command, StockedProducts products) {
        requireCountDetails(command);
        ProductId productId = command.stockId().productId();
        // The product was registered when its stock was first counted, and its base unit never changes since.
        UnitOfMeasure unit = baseUnit != null ? baseUnit : requireRegistered(productId, products);
        count(
                productId,
                command.warehouse(),
                unit,
                command.counted(),
                command.reason(),
                command.countedBy(),
                command.countedOn());
    }

    /** Sets the warehouse's on hand to what was counted, recording the difference from the books. */
    void count(
            ProductId productId,
            WarehouseCode warehouse,
            UnitOfMeasure unit,
            BigDecimal counted,
            String reason,
            Username countedBy,
            LocalDate countedOn) {
        BigDecimal difference = counted.subtract(onHandIn(warehouse));
        apply(new StockCounted(
                productId,
                warehouse,
                baseUnit != null ? baseUnit : unit,
                counted,
                difference,
                reason,
                countedBy,
                countedOn));
    }

    /** Sets aside as much of {@code wanted} as is available for the contract line; returns how much that was. */
    BigDecimal reserve(ContractId contractId, int contractLine, BigDecimal wanted) {
        requirePresent(contractId, "contractId");
        QuantityNotPositive.check(wanted);
        BigDecimal reservable = wanted.min(available().max(BigDecimal.ZERO));
        if (reservable.signum() > 0) {
            apply(new StockReserved(stockId.productId(), contractId, contractLine, reservable));
        }
        return reservable;
    }

    /** Gives back every reservation the contract holds, one event per contract line. */
    void releaseAll(ContractId contractId, String reason) {
        requirePresent(contractId, "contractId");
        requirePresent(reason, "reason");
        reservations
                .ofContract(contractId)
                .forEach((line, quantity) -> apply(new StockReservationReleased(
                        stockId.productId(), contractId, line.contractLine(), quantity, reason)));
    }

    /**
     * Gives back to available stock up to {@code upTo} of what the contract line holds reserved; returns how much
     * that was: zero when it holds nothing (it shipped, or it was released already).
     */
    BigDecimal release(ContractId contractId, int contractLine, BigDecimal upTo, String reason) {
        requirePresent(contractId, "contractId");
        requirePresent(reason, "reason");
        QuantityNotPositive.check(upTo);
        BigDecimal released =
                reservations.of(new ReservedLine(contractId, contractLine)).min(upTo);
        if (released.signum() > 0) {
            apply(new StockReservationReleased(stockId.productId(), contractId, contractLine, released, reason));
        }
        return released;
    }

    /** What the warehouse holds that no contract line has reserved, never below zero. */
    BigDecimal freeIn(WarehouseCode warehouse) {
        return onHandIn(warehouse).min(available()).max(BigDecimal.ZERO);
    }

    /** Takes the quantity out of the warehouse: from the line's reservation first, the rest from available. */
    void issue(
            WarehouseCode warehouse,
            BigDecimal quantity,
            ContractId contractId,
            int contractLine,
            ShipmentId shipmentId) {
        requirePresent(warehouse, "warehouse");
        requirePresent(contractId, "contractId");
        requirePresent(shipmentId, "shipmentId");
        QuantityNotPositive.check(quantity);
        BigDecimal fromReservation =
                reservations.of(new ReservedLine(contractId, contractLine)).min(quantity);
        BigDecimal issuable =
                onHandIn(warehouse).min(fromReservation.add(available().max(BigDecimal.ZERO)));
        if (quantity.compareTo(issuable) > 0) {
            throw new NotEnoughStock(stockId.productId(), warehouse, quantity, issuable);
        }
        apply(new StockIssued(
                stockId.productId(), warehouse, quantity, fromReservation, contractId, contractLine, shipmentId));
    }

    @CommandHandler
    void transfer(TransferStock command) {
        StockTransfers.requireDetails(command);
        BigDecimal there = onHandIn(command.from());
        if (command.quantity().compareTo(there) > 0) {
            throw new NotEnoughStock(stockId.productId(), command.from(), command.quantity(), there);
        }
        apply(new StockTransferred(
                stockId.productId(),
                command.from(),
                command.to(),
                command.quantity(),
                command.transferredBy(),
                command.transferredOn()));
    }

    /** Puts goods accepted by a receipt into the warehouse; the first receipt of a product never counted names it. */
    void receive(
            ProductId productId,
            WarehouseCode warehouse,
            BigDecimal quantity,
            UnitOfMeasure unit,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId) {
        apply(new StockReceived(
                productId, warehouse, quantity, baseUnit != null ? baseUnit : unit, purchaseOrderId, receiptId));
    }

    /** Sends goods of a receipt back to the supplier, out of what the warehouse holds and nobody has reserved. */
    void returnToSupplier(
            WarehouseCode warehouse, BigDecimal quantity, PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId) {
        BigDecimal returnable = freeIn(warehouse);
        if (quantity.compareTo(returnable) > 0) {
            throw new NotEnoughStock(stockId.productId(), warehouse, quantity, returnable);
        }
        apply(new StockReturned(stockId.productId(), warehouse, quantity, purchaseOrderId, receiptId));
    }

    private BigDecimal available() {
        BigDecimal total = onHand.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.subtract(reservations.total());
    }

    BigDecimal onHandIn(WarehouseCode warehouse) {
        return onHand.getOrDefault(warehouse, BigDecimal.ZERO);
    }

    private static void requireCountDetails(CountStock command) {
        requirePresent(command.stockId(), "stockId");
        requirePresent(command.warehouse(), "warehouse");
        requirePresent(command.counted(), "counted");
        requirePresent(command.reason(), "reason");
        requirePresent(command.countedBy(), "countedBy");
        requirePresent(command.countedOn(), "countedOn");
        if (command.counted().signum() < 0) {
            throw new NegativeCount(command.warehouse(), command.counted());
        }
    }

    // A discontinued product is still counted: what is left of it in a warehouse is still there.
    private static UnitOfMeasure requireRegistered(ProductId productId, StockedProducts products) {
        return products.baseUnitOf(productId).orElseThrow(() -> new UnknownProduct(productId));
    }

    @EventSourcingHandler
    void on(StockCounted event) {
        stockId = StockId.of(event.productId());
        baseUnit = event.baseUnit();
        onHand.put(event.warehouse(), event.counted());
    }

    @EventSourcingHandler
    void on(StockReceived event) {
        stockId = StockId.of(event.productId());
        if (baseUnit == null) {
            baseUnit = event.baseUnit();
        }
        onHand.put(event.warehouse(), onHandIn(event.warehouse()).add(event.quantity()));
    }

    @EventSourcingHandler
    void on(StockReturned event) {
        onHand.put(event.warehouse(), onHandIn(event.warehouse()).subtract(event.quantity()));
    }

    @EventSourcingHandler
    void on(StockTransferred event) {
        onHand.put(event.from(), onHandIn(event.from()).subtract(event.quantity()));
        onHand.put(event.to(), onHandIn(event.to()).add(event.quantity()));
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        reservations.add(new ReservedLine(event.contractId(), event.contractLine()), event.quantity());
    }

    @EventSourcingHandler
    void on(StockReservationReleased event) {
        reservations.take(new ReservedLine(event.contractId(), event.contractLine()), event.quantity());
    }

    @EventSourcingHandler
    void on(StockIssued event) {
        onHand.put(event.warehouse(), onHandIn(event.warehouse()).subtract(event.quantity()));
        reservations.take(new ReservedLine(event.contractId(), event.contractLine()), event.fromReservation());
    }
}
