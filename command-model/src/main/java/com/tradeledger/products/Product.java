package com.tradeledger.products;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One product of the catalogue (产品): its unique SKU, name, classification, units, default supplier, bill of
 * materials (物料表) and price lists (订价). Once discontinued it refuses every command.
 */
public class Product {

    @AggregateIdentifier
    private ProductId productId;

    private Sku sku;
    private String name;
    private String category;
    private HsCode hsCode;
    private UnitOfMeasure baseUnit;
    private List<UnitConversion> conversions;
    private SupplierId defaultSupplier;
    private Map<Currency, PriceList> priceLists = Map.of();
    private boolean discontinued;

    Product() {
        // Axon rebuilds the product from its events through this constructor.
    }

    @CommandHandler
    Product(RegisterProduct command, ProductRegistry registry) {
        requireRegistrationDetails(command);
        UnitConversionRules.check(command.baseUnit(), command.conversions());
        BillOfMaterialsRules.check(command.productId(), command.billOfMaterials(), registry);
        claimUniqueSku(command.sku(), command.productId(), registry);
        apply(new ProductRegistered(
                command.productId(),
                command.sku(),
                command.name(),
                command.category(),
                command.source(),
                command.baseUnit(),
                command.conversions(),
                command.hsCode(),
                command.defaultSupplier(),
                command.billOfMaterials()));
    }

    @CommandHandler
    void rename(RenameProduct command) {
        requireNotDiscontinued();
        requirePresent(command.name(), "name");
        if (!command.name().equals(name)) {
            apply(new ProductRenamed(productId, name, command.name()));
        }
    }

    /** The HS code is taken as given: a product may be classified before its tariff code is known. */
    @CommandHandler
    void reclassify(ReclassifyProduct command) {
        requireNotDiscontinued();
        requirePresent(command.category(), "category");
        if (!command.category().equals(category) || !Objects.equals(command.hsCode(), hsCode)) {
            apply(new ProductReclassified(productId, command.category(), command.hsCode()));
        }
    }

    @CommandHandler
    void defineUnitConversions(DefineUnitConversions command) {
        requireNotDiscontinued();
        UnitConversionRules.check(baseUnit, command.conversions());
        apply(new UnitConversionsDefined(productId, baseUnit, command.conversions()));
    }

    @CommandHandler
    void defineBillOfMaterials(DefineBillOfMaterials command, ProductRegistry registry, ProductComponents components) {
        requireNotDiscontinued();
        BillOfMaterialsRules.check(productId, command.lines(), registry);
        BillOfMaterialsRules.requireNoCycle(productId, command.lines(), components);
        apply(new BillOfMaterialsDefined(productId, command.lines()));
    }

    @CommandHandler
    void changeDefaultSupplier(ChangeDefaultSupplier command) {
        requireNotDiscontinued();
        if (!Objects.equals(command.supplier(), defaultSupplier)) {
            apply(new DefaultSupplierChanged(productId, defaultSupplier, command.supplier()));
        }
    }

    @CommandHandler
    void setPriceList(SetPriceList command) {
        requireNotDiscontinued();
        requirePresent(command.priceList(), "priceList");
        requireNoOverlappingTiers(command.priceList());
        requireNoPriceBelowFloor(command.priceList());
        apply(new PriceListSet(productId, command.priceList()));
    }

    @CommandHandler
    void discontinue(DiscontinueProduct command) {
        requireNotDiscontinued();
        requirePresent(command.reason(), "reason");
        apply(new ProductDiscontinued(productId, command.reason()));
    }

    /**
     * What this product asks for a sale of {@code quantity} in {@code unit} (null: its base unit) to a customer of
     * {@code grade} on {@code date}, in {@code currency}; read by the quoting side, which decides nothing here.
     */
    public SalePrice priceOfSale(
            CustomerGrade grade, BigDecimal quantity, UnitOfMeasure unit, LocalDate date, Currency currency) {
        if (discontinued) {
            throw ProductIsDiscontinued.notForSale(productId);
        }
        return new SalePricing(sku, baseUnit, conversions).price(priceLists.get(currency), grade, quantity, unit, date);
    }

    private static void requireRegistrationDetails(RegisterProduct command) {
        requirePresent(command.productId(), "productId");
        requirePresent(command.sku(), "sku");
        requirePresent(command.name(), "name");
        requirePresent(command.category(), "category");
        requirePresent(command.source(), "source");
        requirePresent(command.baseUnit(), "baseUnit");
    }

    private static void claimUniqueSku(Sku sku, ProductId productId, ProductRegistry registry) {
        if (!registry.claim(sku, productId)) {
            throw new SkuAlreadyRegistered(sku);
        }
    }

    private static void requireNoOverlappingTiers(PriceList priceList) {
        priceList.overlappingTiers().ifPresent(tiers -> {
            throw new OverlappingPriceTiers(tiers);
        });
    }

    private static void requireNoPriceBelowFloor(PriceList priceList) {
        if (!priceList.pricesBelowFloor().isEmpty()) {
            throw new PriceBelowFloor(priceList.pricesBelowFloor(), priceList.floorPrice());
        }
    }

    private void requireNotDiscontinued() {
        if (discontinued) {
            throw new ProductIsDiscontinued(productId);
        }
    }

    @EventSourcingHandler
    void on(ProductRegistered event) {
        productId = event.productId();
        sku = event.sku();
        name = event.name();
        category = event.category();
        hsCode = event.hsCode();
        baseUnit = event.baseUnit();
        conversions = event.conversions();
        defaultSupplier = event.defaultSupplier();
    }

    @EventSourcingHandler
    void on(ProductRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ProductReclassified event) {
        category = event.category();
        hsCode = event.hsCode();
    }

    @EventSourcingHandler
    void on(UnitConversionsDefined event) {
        conversions = event.conversions();
    }

    @EventSourcingHandler
    void on(PriceListSet event) {
        Map<Currency, PriceList> lists = new HashMap<>(priceLists);
        lists.put(event.priceList().currency(), event.priceList());
        priceLists = Map.copyOf(lists);
    }

    @EventSourcingHandler
    void on(DefaultSupplierChanged event) {
        defaultSupplier = event.supplier();
    }

    @EventSourcingHandler
    void on(ProductDiscontinued event) {
        discontinued = true;
    }
}
