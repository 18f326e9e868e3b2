package com.tradeledger.shipping;

import com.tradeledger.shared.Filters;
import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about shipments from the shipment book; it only reads. */
@Component
public class ShipmentBookQueries {

    private final ShipmentBook book;

    public ShipmentBookQueries(ShipmentBook book) {
        this.book = book;
    }

    @QueryHandler
    public Optional<ShipmentView> handle(FindShipment query) {
        return book.find(query.shipmentId());
    }

    @QueryHandler
    public ShipmentPage handle(ListShipments query) {
        var filters = new Filters().equalId("contract_id", query.contractId()).equal("status", query.status());
        return book.list(filters, new PageWindow(query.page(), query.size()));
    }
}
