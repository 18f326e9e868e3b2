package com.tradeledger.shipping;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.contracting.PaymentTerms;
import com.tradeledger.customers.Address;
import com.tradeledger.products.HsCode;
import com.tradeledger.products.Sku;
import com.tradeledger.quoting.DeliveryTerms;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The trade documents (单证) of a shipment, as the ledger publishes them in JSON and prints them in HTML. */
final class TradeDocumentModels {

    private TradeDocumentModels() {}

    /** The seller (from the ledger's configuration) or the buyer (the customer as registered). */
    record Party(String name, String code, Address address, CountryCode country) {}

    /** A commercial invoice: what was shipped, at what price, on which terms, for customs and the buyer's bank. */
    record CommercialInvoice(
            String document,
            ShipmentId shipmentId,
            ContractId contractId,
            LocalDate shippedOn,
            Party seller,
            Party buyer,
            DeliveryTerms deliveryTerms,
            PaymentTerms paymentTerms,
            ShippingDetails shipping,
            List<InvoicedLine> lines,
            Money total) {}

    record InvoicedLine(
            int contractLine,
            Sku sku,
            String description,
            HsCode hsCode,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
            UnitOfMeasure unit,
            Money unitPrice,
            Money total) {}

    /** A packing list: what is packed, from which warehouse, on which carrier; no prices. */
    record PackingList(
            String document,
            ShipmentId shipmentId,
            ContractId contractId,
            ShipmentStatus status,
            LocalDate shippedOn,
            WarehouseCode warehouse,
            Party seller,
            Party buyer,
            ShippingDetails shipping,
            List<PackedLine> lines) {}

    record PackedLine(
            int contractLine,
            Sku sku,
            String description,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
            UnitOfMeasure unit,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseQuantity,
            UnitOfMeasure baseUnit) {}
}
