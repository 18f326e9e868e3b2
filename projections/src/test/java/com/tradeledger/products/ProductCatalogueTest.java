package com.tradeledger.products;

import static com.tradeledger.products.ProductEvents.CTN;
import static com.tradeledger.products.ProductEvents.DESK_LAMP;
import static com.tradeledger.products.ProductEvents.LAMP_SHADE;
import static com.tradeledger.products.ProductEvents.NINGBO_LIGHTING;
import static com.tradeledger.products.ProductEvents.PCS;
import static com.tradeledger.products.ProductEvents.REGISTERED_AT;
import static com.tradeledger.products.ProductEvents.SUZHOU_METALWORKS;
import static com.tradeledger.products.ProductEvents.billOfMaterials;
import static com.tradeledger.products.ProductEvents.cartonsOf;
import static com.tradeledger.products.ProductEvents.defaultSupplierChanged;
import static com.tradeledger.products.ProductEvents.deskLampRegistered;
import static com.tradeledger.products.ProductEvents.discontinued;
import static com.tradeledger.products.ProductEvents.dollarPrices;
import static com.tradeledger.products.ProductEvents.euroPrices;
import static com.tradeledger.products.ProductEvents.hoursLater;
import static com.tradeledger.products.ProductEvents.priceListSet;
import static com.tradeledger.products.ProductEvents.reclassified;
import static com.tradeledger.products.ProductEvents.registered;
import static com.tradeledger.products.ProductEvents.renamed;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ReadModelDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProductCatalogueTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private ProductCatalogueProjection projection;
    private ProductCatalogueQueries queries;

    @BeforeEach
    void emptyCatalogue() {
        database.clear("product_catalogue");
        var catalogue = new ProductCatalogue(database.jdbc());
        projection = new ProductCatalogueProjection(catalogue);
        queries = new ProductCatalogueQueries(catalogue);
    }

    @Test
    void a_registered_product_is_in_the_catalogue_with_all_its_details_and_no_prices() {
        ProductRegistered registered = deskLampRegistered();

        projection.on(registered, 0, REGISTERED_AT);

        assertThat(find(DESK_LAMP))
                .isEqualTo(new ProductView(
                        DESK_LAMP,
                        Sku.of("LAMP-DESK-01"),
                        "Desk lamp, brushed steel",
                        "lighting",
                        ProductSource.SUPPLIER,
                        PCS,
                        registered.conversions(),
                        HsCode.of("94052100"),
                        NINGBO_LIGHTING,
                        registered.billOfMaterials(),
                        List.of(),
                        ProductStatus.ACTIVE,
                        0,
                        REGISTERED_AT,
                        REGISTERED_AT));
    }

    @Test
    void a_renamed_product_shows_its_new_name() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.on(renamed(DESK_LAMP, "Desk lamp, brushed steel", "Desk lamp, matt black"), 1, hoursLater(1));

        ProductView product = find(DESK_LAMP);
        assertThat(product.name()).isEqualTo("Desk lamp, matt black");
        assertThat(product.version()).isEqualTo(1);
        assertThat(product.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(product.changedAt()).isEqualTo(hoursLater(1));
    }

    @Test
    void a_reclassified_product_has_its_new_category_and_hs_code() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.on(reclassified(DESK_LAMP, "office", "9405.11.00"), 1, hoursLater(1));

        ProductView product = find(DESK_LAMP);
        assertThat(product.category()).isEqualTo("office");
        assertThat(product.hsCode()).isEqualTo(HsCode.of("94051100"));
    }

    @Test
    void defined_unit_conversions_replace_the_earlier_ones() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.on(cartonsOf(DESK_LAMP, "24"), 1, hoursLater(1));

        ProductView product = find(DESK_LAMP);
        assertThat(product.baseUnit()).isEqualTo(PCS);
        assertThat(product.conversions()).containsExactly(new UnitConversion(CTN, new BigDecimal("24")));
    }

    @Test
    void a_defined_bill_of_materials_replaces_the_earlier_one() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);
        var packing = new BomLine(LAMP_SHADE, new BigDecimal("0.5"), CTN, BomLineKind.PACKING, "shared carton");

        projection.on(billOfMaterials(DESK_LAMP, packing), 1, hoursLater(1));

        assertThat(find(DESK_LAMP).billOfMaterials()).containsExactly(packing);
    }

    @Test
    void a_product_can_change_its_default_supplier_and_lose_it() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.on(defaultSupplierChanged(DESK_LAMP, NINGBO_LIGHTING, SUZHOU_METALWORKS), 1, hoursLater(1));
        assertThat(find(DESK_LAMP).defaultSupplier()).isEqualTo(SUZHOU_METALWORKS);

        projection.on(defaultSupplierChanged(DESK_LAMP, SUZHOU_METALWORKS, null), 2, hoursLater(2));
        assertThat(find(DESK_LAMP).defaultSupplier()).isNull();
    }

    @Test
    void a_price_list_is_kept_with_its_tiers_floor_and_cost_prices() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.on(priceListSet(DESK_LAMP, euroPrices()), 1, hoursLater(1));

        assertThat(find(DESK_LAMP).priceLists()).containsExactly(euroPrices());
    }

    @Test
    void a_price_list_replaces_only_the_list_in_its_currency() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);
        projection.on(priceListSet(DESK_LAMP, euroPrices()), 1, hoursLater(1));
        projection.on(priceListSet(DESK_LAMP, dollarPrices("11.00")), 2, hoursLater(2));

        projection.on(priceListSet(DESK_LAMP, dollarPrices("11.50")), 3, hoursLater(3));

        assertThat(find(DESK_LAMP).priceLists()).containsExactly(euroPrices(), dollarPrices("11.50"));
    }

    @Test
    void a_discontinued_product_is_no_longer_sold() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.on(discontinued(DESK_LAMP), 1, hoursLater(5));

        ProductView product = find(DESK_LAMP);
        assertThat(product.status()).isEqualTo(ProductStatus.DISCONTINUED);
        assertThat(product.changedAt()).isEqualTo(hoursLater(5));
    }

    // The redelivered event differs from the one applied, so that applying it again would show in the row.
    @Test
    void an_event_with_the_sequence_number_the_row_already_holds_changes_nothing() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);
        projection.on(renamed(DESK_LAMP, "Desk lamp, brushed steel", "Desk lamp, matt black"), 1, hoursLater(1));
        ProductView once = find(DESK_LAMP);

        projection.on(renamed(DESK_LAMP, "Desk lamp, brushed steel", "Desk lamp, polished brass"), 1, hoursLater(1));

        assertThat(find(DESK_LAMP)).isEqualTo(once);
        assertThat(once.name()).isEqualTo("Desk lamp, matt black");
    }

    @Test
    void a_registration_of_a_product_already_in_the_catalogue_changes_nothing() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);
        ProductView once = find(DESK_LAMP);

        projection.on(registered(DESK_LAMP, "LAMP-DESK-01", "Desk lamp", "office"), 0, REGISTERED_AT);

        assertThat(find(DESK_LAMP)).isEqualTo(once);
        assertThat(once.name()).isEqualTo("Desk lamp, brushed steel");
        assertThat(once.category()).isEqualTo("lighting");
    }

    @Test
    void an_event_older_than_the_row_changes_nothing() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);
        projection.on(priceListSet(DESK_LAMP, dollarPrices("11.00")), 1, hoursLater(1));
        projection.on(renamed(DESK_LAMP, "Desk lamp, brushed steel", "Desk lamp, matt black"), 2, hoursLater(2));
        ProductView current = find(DESK_LAMP);

        projection.on(registered(DESK_LAMP, "LAMP-DESK-01", "Desk lamp", "office"), 0, REGISTERED_AT);
        projection.on(priceListSet(DESK_LAMP, dollarPrices("99.00")), 1, hoursLater(1));

        assertThat(find(DESK_LAMP)).isEqualTo(current);
    }

    @Test
    void a_reset_empties_the_catalogue_for_a_rebuild() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        projection.reset();

        assertThat(queries.handle(new FindProduct(DESK_LAMP))).isEmpty();
        assertThat(queries.handle(new ListProducts(null, null, 0, 20)).total()).isZero();
    }

    @Test
    void an_unknown_product_is_not_found() {
        projection.on(deskLampRegistered(), 0, REGISTERED_AT);

        assertThat(queries.handle(new FindProduct(LAMP_SHADE))).isEmpty();
    }

    @Test
    void lists_products_by_sku_with_the_total_that_matched() {
        registerFourProducts();

        ProductPage page = queries.handle(new ListProducts(null, null, 0, 20));

        assertThat(skusOf(page)).containsExactly("CBL-USB-C", "LAMP-DESK-01", "LAMP-FLOOR-02", "SHADE-S");
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void lists_the_products_of_one_category() {
        registerFourProducts();

        assertThat(skusOf(queries.handle(new ListProducts("lighting", null, 0, 20))))
                .containsExactly("LAMP-DESK-01", "LAMP-FLOOR-02");
    }

    @Test
    void finds_products_by_a_part_of_their_sku_or_name_in_any_case() {
        registerFourProducts();

        assertThat(skusOf(queries.handle(new ListProducts(null, "lamp", 0, 20))))
                .containsExactly("LAMP-DESK-01", "LAMP-FLOOR-02", "SHADE-S");
        assertThat(skusOf(queries.handle(new ListProducts(null, "cbl-usb", 0, 20))))
                .as("a part of the SKU only, not of the name")
                .containsExactly("CBL-USB-C");
        assertThat(skusOf(queries.handle(new ListProducts("lighting", "FLOOR", 0, 20))))
                .containsExactly("LAMP-FLOOR-02");
    }

    @Test
    void pages_through_the_catalogue() {
        registerFourProducts();

        ProductPage second = queries.handle(new ListProducts(null, null, 1, 3));

        assertThat(skusOf(second)).containsExactly("SHADE-S");
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(4);
    }

    private void registerFourProducts() {
        List.of(
                        registered(
                                ProductId.of("7d1e0f3a-0000-4000-8000-000000000011"),
                                "SHADE-S",
                                "Lamp shade, small",
                                "parts"),
                        registered(
                                ProductId.of("7d1e0f3a-0000-4000-8000-000000000012"),
                                "LAMP-FLOOR-02",
                                "Floor lamp",
                                "lighting"),
                        registered(
                                ProductId.of("7d1e0f3a-0000-4000-8000-000000000013"),
                                "CBL-USB-C",
                                "USB-C cable, 1 m",
                                "cables"),
                        registered(
                                ProductId.of("7d1e0f3a-0000-4000-8000-000000000014"),
                                "LAMP-DESK-01",
                                "Desk lamp",
                                "lighting"))
                .forEach(event -> projection.on(event, 0, REGISTERED_AT));
    }

    private ProductView find(ProductId id) {
        return queries.handle(new FindProduct(id)).orElseThrow();
    }

    private static List<String> skusOf(ProductPage page) {
        return page.items().stream().map(product -> product.sku().value()).toList();
    }
}
