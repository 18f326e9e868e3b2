package com.tradeledger.shipping;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.WarehouseCode;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One shipment (出货) against a signed contract, from one warehouse: planned with lines priced as the contract sold
 * them, given its carrier, customs and insurance details (单证), and shipped, which in one step prices its lines as
 * they finally leave, records it on the contract and issues its stock; or cancelled before it leaves.
 */
public class Shipment {

    @AggregateIdentifier
    private ShipmentId shipmentId;

    private ContractId contractId;
    private CustomerId customerId;
    private WarehouseCode warehouse;
    private List<ShipmentLine> lines;
    private ShipmentStatus status;

    Shipment() {
        // Axon rebuilds the shipment from its events through this constructor.
    }

    @CommandHandler
    Shipment(PlanShipment command, ShippableContracts contracts) {
        requirePlanDetails(command);
        ShippableContract contract = find(command.contractId(), contracts);
        List<ShippedQuantity> quantities = command.lines().stream()
                .map(line -> new ShippedQuantity(line.contractLine(), line.quantity()))
                .toList();
        contract.check(quantities);
        apply(new ShipmentPlanned(
                command.shipmentId(),
                command.contractId(),
                contract.customerId(),
                command.warehouse(),
                ShipmentPricing.lines(contract, quantities),
                command.plannedBy()));
    }

    @CommandHandler
    void recordDetails(RecordShippingDetails command) {
        requirePresent(command.details(), "details");
        if (status == ShipmentStatus.CANCELLED) {
            throw new ShipmentWasCancelled(shipmentId);
        }
        ShippingDetailsRules.check(command.details());
        apply(new ShippingDetailsRecorded(shipmentId, command.details()));
    }

    @CommandHandler
    void ship(ShipShipment command, ShippableContracts contracts, StockKeeping stock) {
        requirePresent(command.shippedBy(), "shippedBy");
        requirePresent(command.shippedOn(), "shippedOn");
        requirePlanned();
        // Priced again as the contract stands now: shipments that left since the plan decide which part is the last.
        ShippableContract contract = find(contractId, contracts);
        List<ShippedQuantity> quantities = shippedQuantities();
        contract.check(quantities);
        List<ShipmentLine> leaving = ShipmentPricing.lines(contract, quantities);
        // The shipment's own event first, then what it does to the contract and the stock; a refusal by either
        // rolls the whole unit of work back.
        apply(new ShipmentShipped(
                shipmentId,
                contractId,
                customerId,
                warehouse,
                leaving,
                goodsValue(leaving),
                command.shippedBy(),
                command.shippedOn()));
        contracts.recordShipment(contractId, shipmentId, quantities);
        leaving.forEach(line -> stock.issue(
                line.productId(), warehouse, line.baseQuantity(), contractId, line.contractLine(), shipmentId));
    }

    @CommandHandler
    void cancel(CancelShipment command) {
        requirePlanned();
        requirePresent(command.reason(), "reason");
        apply(new ShipmentCancelled(shipmentId, contractId, command.reason()));
    }

    private static void requirePlanDetails(PlanShipment command) {
        requirePresent(command.shipmentId(), "shipmentId");
        requirePresent(command.contractId(), "contractId");
        requirePresent(command.warehouse(), "warehouse");
        requirePresent(command.plannedBy(), "plannedBy");
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new ShipmentHasNoLines(command.shipmentId());
        }
    }

    private void requirePlanned() {
        if (status != ShipmentStatus.PLANNED) {
            throw new ShipmentNotPlanned(shipmentId, status);
        }
    }

    private List<ShippedQuantity> shippedQuantities() {
        return lines.stream()
                .map(line -> new ShippedQuantity(line.contractLine(), line.quantity()))
                .toList();
    }

    /** The sum of the line totals, each already rounded to the currency's minor unit. */
    private static Money goodsValue(List<ShipmentLine> lines) {
        return lines.stream().map(ShipmentLine::total).reduce(Money::plus).orElseThrow();
    }

    private static ShippableContract find(ContractId contractId, ShippableContracts contracts) {
        return contracts.find(contractId).orElseThrow(() -> new UnknownContract(contractId));
    }

    @EventSourcingHandler
    void on(ShipmentPlanned event) {
        shipmentId = event.shipmentId();
        contractId = event.contractId();
        customerId = event.customerId();
        warehouse = event.warehouse();
        lines = List.copyOf(event.lines());
        status = ShipmentStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(ShipmentShipped event) {
        lines = List.copyOf(event.lines());
        status = ShipmentStatus.SHIPPED;
    }

    @EventSourcingHandler
    void on(ShipmentCancelled event) {
        status = ShipmentStatus.CANCELLED;
    }
}
