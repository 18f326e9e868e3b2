package com.tradeledger.shipping;

import com.tradeledger.contracting.Contract;
import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Contracts read from, and shipments recorded on, the contract aggregates themselves, inside the shipment command's
 * unit of work: the contract's refusal of an over-shipment refuses the shipment, and their events commit together.
 */
public final class AggregateShippableContracts implements ShippableContracts {

    private final Repository<Contract> contracts;

    public AggregateShippableContracts(Repository<Contract> contracts) {
        this.contracts = contracts;
    }

    @Override
    public Optional<ShippableContract> find(ContractId contractId) {
        try {
            return Optional.of(contracts.load(contractId.toString()).invoke(Contract::shippable));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void recordShipment(ContractId contractId, ShipmentId shipmentId, List<ShippedQuantity> quantities) {
        load(contractId).execute(contract -> contract.recordShipment(shipmentId, quantities));
    }

    private Aggregate<Contract> load(ContractId contractId) {
        try {
            return contracts.load(contractId.toString());
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw new UnknownContract(contractId);
        }
    }
}
