package com.tradeledger.shipping;

import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.contracting.ShippedQuantity;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.util.List;
import java.util.Optional;

/** The ledger's contracts, as shipping reads them to plan a shipment and records on them what left. */
public interface ShippableContracts {

    /** The contract as it stands now; empty when no such contract was concluded. */
    Optional<ShippableContract> find(ContractId contractId);

    /**
     * Records on the contract that the shipment left carrying these quantities, in the caller's unit of work.
     *
     * @throws UnknownContract when no such contract was concluded
     */
    void recordShipment(ContractId contractId, ShipmentId shipmentId, List<ShippedQuantity> quantities);
}
