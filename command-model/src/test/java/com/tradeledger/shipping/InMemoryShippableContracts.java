package com.tradeledger.shipping;

import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contracts as a map: a contract absent from it was never concluded. A shipment recorded on one is checked by the
 * contract's own rules and remembered, in order.
 */
final class InMemoryShippableContracts implements ShippableContracts {

    private final Map<ContractId, ShippableContract> contracts = new HashMap<>();
    private final List<Recorded> recorded = new ArrayList<>();

    InMemoryShippableContracts with(ShippableContract contract) {
        contracts.put(contract.contractId(), contract);
        return this;
    }

    @Override
    public Optional<ShippableContract> find(ContractId contractId) {
        return Optional.ofNullable(contracts.get(contractId));
    }

    @Override
    public void recordShipment(ContractId contractId, ShipmentId shipmentId, List<ShippedQuantity> quantities) {
        find(contractId).orElseThrow(() -> new UnknownContract(contractId)).check(quantities);
        recorded.add(new Recorded(contractId, shipmentId, List.copyOf(quantities)));
    }

    List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    record Recorded(ContractId contractId, ShipmentId shipmentId, List<ShippedQuantity> quantities) {}
}
