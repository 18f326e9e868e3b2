package com.tradeledger.shipping;

import com.tradeledger.shared.ContractId;

/**
 * Ask for a page of shipments, newest first, filtered by contract and status (a null filter matches every
 * shipment); answered with a {@link ShipmentPage}.
 */
public record ListShipments(ContractId contractId, ShipmentStatus status, int page, int size) {}
