package com.tradeledger.shipping;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The shipment left the warehouse with these lines, worth {@code goodsValue} in the contract currency. */
@Revision("1")
public record ShipmentShipped(
        ShipmentId shipmentId,
        ContractId contractId,
        CustomerId customerId,
        WarehouseCode warehouse,
        List<ShipmentLine> lines,
        Money goodsValue,
        Username shippedBy,
        LocalDate shippedOn) {}
