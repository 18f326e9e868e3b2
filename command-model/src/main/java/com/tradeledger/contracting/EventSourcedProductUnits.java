package com.tradeledger.contracting;

import com.tradeledger.products.NoConversionToBaseUnit;
import com.tradeledger.products.ProductId;
import com.tradeledger.products.ProductRegistered;
import com.tradeledger.products.Sku;
import com.tradeledger.products.UnitConversion;
import com.tradeledger.products.UnitConversionsDefined;
import com.tradeledger.quoting.UnknownProduct;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A product's units read from the product's own events (its registration and every redefinition of its
 * conversions), so that a contract line is counted in base units as the catalogue stands in the command's unit of
 * work, never as a read model that may lag. Reads from the first event, never from a snapshot.
 */
public final class EventSourcedProductUnits implements ProductUnits {

    private final EventStore events;

    public EventSourcedProductUnits(EventStore events) {
        this.events = events;
    }

    @Override
    public BaseQuantity baseQuantity(ProductId productId, BigDecimal quantity, UnitOfMeasure unit) {
        Units units = unitsOf(productId);
        if (unit == null || unit.equals(units.base())) {
            return new BaseQuantity(quantity, units.base());
        }
        return units.conversions().stream()
                .filter(conversion -> conversion.unit().equals(unit))
                .findFirst()
                .map(conversion -> new BaseQuantity(quantity.multiply(conversion.factor()), units.base()))
                .orElseThrow(() -> new NoConversionToBaseUnit(units.sku(), unit, units.all()));
    }

    private Units unitsOf(ProductId productId) {
        Units units = null;
        DomainEventStream stream = events.readEvents(productId.toString(), 0);
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof ProductRegistered registered) {
                units = new Units(registered.sku(), registered.baseUnit(), orNone(registered.conversions()));
            } else if (event instanceof UnitConversionsDefined defined && units != null) {
                units = new Units(units.sku(), units.base(), orNone(defined.conversions()));
            }
        }
        if (units == null) {
            throw new UnknownProduct(productId);
        }
        return units;
    }

    private static List<UnitConversion> orNone(List<UnitConversion> conversions) {
        return conversions == null ? List.of() : conversions;
    }

    private record Units(Sku sku, UnitOfMeasure base, List<UnitConversion> conversions) {

        List<UnitOfMeasure> all() {
            return Stream.concat(Stream.of(base), conversions.stream().map(UnitConversion::unit))
                    .toList();
        }
    }
}
