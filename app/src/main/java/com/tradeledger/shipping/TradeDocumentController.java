package com.tradeledger.shipping;

import com.tradeledger.customers.CustomerOwnership;
import com.tradeledger.security.Role;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shipping.TradeDocumentModels.CommercialInvoice;
import com.tradeledger.shipping.TradeDocumentModels.PackingList;
import com.tradeledger.web.FirstEvents;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shipment's trade documents (单证): the commercial invoice and the packing list, as JSON or as printable HTML
 * (ask with {@code Accept}). Both are built from the event log, so they print the same for the same events.
 */
@RestController
@RequestMapping("/api/v1/shipments/{id}")
@EnableConfigurationProperties(TradeDocumentsProperties.class)
class TradeDocumentController {

    private final TradeDocuments documents;
    private final CustomerOwnership ownership;
    private final FirstEvents firstEvents;

    TradeDocumentController(TradeDocuments documents, CustomerOwnership ownership, FirstEvents firstEvents) {
        this.documents = documents;
        this.ownership = ownership;
        this.firstEvents = firstEvents;
    }

    @GetMapping(value = "/commercial-invoice", produces = MediaType.APPLICATION_JSON_VALUE)
    CommercialInvoice commercialInvoice(@PathVariable UUID id) {
        return documents.commercialInvoice(readable(id));
    }

    @GetMapping(value = "/commercial-invoice", produces = MediaType.TEXT_HTML_VALUE)
    String commercialInvoiceHtml(@PathVariable UUID id) {
        return TradeDocumentHtml.commercialInvoice(documents.commercialInvoice(readable(id)));
    }

    @GetMapping(value = "/packing-list", produces = MediaType.APPLICATION_JSON_VALUE)
    PackingList packingList(@PathVariable UUID id) {
        return documents.packingList(readable(id));
    }

    @GetMapping(value = "/packing-list", produces = MediaType.TEXT_HTML_VALUE)
    String packingListHtml(@PathVariable UUID id) {
        return TradeDocumentHtml.packingList(documents.packingList(readable(id)));
    }

    /** A shipment's documents show prices and the buyer: its customer's owner, or the roles that read all shipments. */
    private ShipmentId readable(UUID id) {
        ShipmentId shipment = new ShipmentId(id);
        firstEvents
                .of(shipment, ShipmentPlanned.class)
                .ifPresent(planned -> ownership.requireReadable(planned.customerId(), Role.WAREHOUSE, Role.PURCHASING));
        return shipment;
    }
}
