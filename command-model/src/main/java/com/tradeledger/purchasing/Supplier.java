package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.SupplierOfferRules.requireValidOffer;
import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.SupplierId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One supplier (供应商): its unique code, name, country and terms (currency, payment days, usual lead time), and what
 * it offers per product (供应商报价), priced in its terms currency and possibly in others too. Once deactivated the
 * ledger buys nothing more from it and it takes no further commands.
 */
public class Supplier {

    @AggregateIdentifier
    private SupplierId supplierId;

    private SupplierCode code;
    private String name;
    private CountryCode country;
    private SupplierTerms terms;
    private boolean active;
    private Map<ProductId, Set<Currency>> offeredCurrencies = new HashMap<>();

    Supplier() {
        // Axon rebuilds the supplier from its events through this constructor.
    }

    @CommandHandler
    Supplier(RegisterSupplier command, SupplierRegistry registry) {
        requirePresent(command.supplierId(), "supplierId");
        requirePresent(command.code(), "code");
        requireDetails(command.name(), command.terms());
        if (!registry.claim(command.code(), command.supplierId())) {
            throw new SupplierCodeAlreadyRegistered(command.code());
        }
        apply(new SupplierRegistered(
                command.supplierId(), command.code(), command.name(), command.country(), command.terms()));
    }

    @CommandHandler
    void change(ChangeSupplier command) {
        requireActive();
        requireDetails(command.name(), command.terms());
        if (!command.name().equals(name)
                || !Objects.equals(command.country(), country)
                || !command.terms().equals(terms)) {
            apply(new SupplierChanged(supplierId, command.name(), command.country(), command.terms()));
        }
    }

    @CommandHandler
    void deactivate(DeactivateSupplier command) {
        requireActive();
        requirePresent(command.reason(), "reason");
        apply(new SupplierDeactivated(supplierId, command.reason()));
    }

    @CommandHandler
    void setOffer(SetSupplierOffer command, ProductCatalogue products) {
        requireActive();
        requireValidOffer(command, terms.currency(), products);
        apply(new SupplierOfferSet(
                supplierId,
                command.productId(),
                command.supplierSku() == null || command.supplierSku().isBlank() ? null : command.supplierSku(),
                command.unit(),
                List.copyOf(command.prices()),
                command.leadTimeDays()));
    }

    /** This supplier as a purchase order reads it; read by purchase orders, which decide nothing here. */
    public SupplierState state() {
        return new SupplierState(supplierId, code, name, terms, active, offeredCurrencies);
    }

    private static void requireDetails(String name, SupplierTerms terms) {
        requirePresent(name, "name");
        requirePresent(terms, "terms");
    }

    private void requireActive() {
        if (!active) {
            throw new SupplierNotActive(supplierId);
        }
    }

    @EventSourcingHandler
    void on(SupplierRegistered event) {
        supplierId = event.supplierId();
        code = event.code();
        name = event.name();
        country = event.country();
        terms = event.terms();
        active = true;
    }

    @EventSourcingHandler
    void on(SupplierChanged event) {
        name = event.name();
        country = event.country();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(SupplierDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(SupplierOfferSet event) {
        offeredCurrencies.put(
                event.productId(),
                event.prices().stream()
                        .map(price -> price.unitPrice().currency())
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
