package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.PurchasingEvents.CNY_30_DAYS;
import static com.tradeledger.purchasing.PurchasingEvents.DESK_LAMP;
import static com.tradeledger.purchasing.PurchasingEvents.LAMP_SHADE;
import static com.tradeledger.purchasing.PurchasingEvents.NINGBO_LIGHTING;
import static com.tradeledger.purchasing.PurchasingEvents.PLACED_AT;
import static com.tradeledger.purchasing.PurchasingEvents.SUZHOU_SHADES;
import static com.tradeledger.purchasing.PurchasingEvents.hoursLater;
import static com.tradeledger.purchasing.PurchasingEvents.offer;
import static com.tradeledger.purchasing.PurchasingEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tradeledger.shared.CountryCode;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.SupplierId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SupplierDirectoryTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private SupplierDirectoryProjection projection;
    private SupplierDirectoryQueries queries;

    @BeforeEach
    void emptyDirectory() {
        database.clear("supplier_directory");
        var directory = new SupplierDirectory(database.jdbc());
        projection = new SupplierDirectoryProjection(directory);
        queries = new SupplierDirectoryQueries(directory);
    }

    @Test
    void a_registered_supplier_is_active_with_its_terms_and_no_offers() {
        projection.on(registered(NINGBO_LIGHTING, "NB-LIGHT", "Ningbo Lighting Works"), 0, PLACED_AT);

        assertThat(find(NINGBO_LIGHTING))
                .isEqualTo(new SupplierView(
                        NINGBO_LIGHTING,
                        SupplierCode.of("NB-LIGHT"),
                        "Ningbo Lighting Works",
                        CountryCode.of("CN"),
                        CNY_30_DAYS,
                        true,
                        null,
                        List.of(),
                        0,
                        PLACED_AT,
                        PLACED_AT));
    }

    @Test
    void an_offer_for_a_product_replaces_the_earlier_one_and_offers_are_kept_per_product() {
        projection.on(registered(NINGBO_LIGHTING, "NB-LIGHT", "Ningbo Lighting Works"), 0, PLACED_AT);
        projection.on(offer(NINGBO_LIGHTING, LAMP_SHADE, "LS-7", "8.00"), 1, hoursLater(1));
        projection.on(offer(NINGBO_LIGHTING, DESK_LAMP, "DL-100", "46.00"), 2, hoursLater(2));
        projection.on(offer(NINGBO_LIGHTING, DESK_LAMP, "DL-100B", "45.00"), 3, hoursLater(3));

        assertThat(find(NINGBO_LIGHTING).offers())
                .extracting(SupplierOffer::productId, SupplierOffer::supplierSku)
                .containsExactlyInAnyOrder(tuple(DESK_LAMP, "DL-100B"), tuple(LAMP_SHADE, "LS-7"));
        assertThat(find(NINGBO_LIGHTING).offers())
                .filteredOn(offered -> offered.productId().equals(DESK_LAMP))
                .singleElement()
                .extracting(offered -> offered.prices().get(0).unitPrice())
                .isEqualTo(PurchasingEvents.cny("45.00"));
    }

    @Test
    void a_change_replaces_name_country_and_terms_and_a_deactivation_says_why() {
        projection.on(registered(NINGBO_LIGHTING, "NB-LIGHT", "Ningbo Lighting Works"), 0, PLACED_AT);
        var usdTerms = new SupplierTerms(Currency.getInstance("USD"), 60, 30);
        projection.on(
                new SupplierChanged(NINGBO_LIGHTING, "Ningbo Lighting Co.", CountryCode.of("HK"), usdTerms),
                1,
                hoursLater(1));
        projection.on(new SupplierDeactivated(NINGBO_LIGHTING, "quality problems"), 2, hoursLater(2));

        SupplierView supplier = find(NINGBO_LIGHTING);
        assertThat(supplier.name()).isEqualTo("Ningbo Lighting Co.");
        assertThat(supplier.country()).isEqualTo(CountryCode.of("HK"));
        assertThat(supplier.terms()).isEqualTo(usdTerms);
        assertThat(supplier.active()).isFalse();
        assertThat(supplier.deactivationReason()).isEqualTo("quality problems");
        assertThat(supplier.version()).isEqualTo(2);
        assertThat(supplier.changedAt()).isEqualTo(hoursLater(2));
    }

    @Test
    void lists_suppliers_by_code_matching_text_in_code_or_name_and_whether_active() {
        projection.on(registered(NINGBO_LIGHTING, "NB-LIGHT", "Ningbo Lighting Works"), 0, PLACED_AT);
        projection.on(registered(SUZHOU_SHADES, "SZ-SHADE", "Suzhou Shades"), 0, hoursLater(1));
        projection.on(new SupplierDeactivated(SUZHOU_SHADES, "closed"), 1, hoursLater(2));

        assertThat(codes(new ListSuppliers(null, null, 0, 20))).containsExactly("NB-LIGHT", "SZ-SHADE");
        assertThat(codes(new ListSuppliers("lighting", null, 0, 20))).containsExactly("NB-LIGHT");
        assertThat(codes(new ListSuppliers("sz-", null, 0, 20))).containsExactly("SZ-SHADE");
        assertThat(codes(new ListSuppliers(null, true, 0, 20))).containsExactly("NB-LIGHT");
        assertThat(codes(new ListSuppliers(null, false, 0, 20))).containsExactly("SZ-SHADE");
        assertThat(queries.handle(new ListSuppliers(null, null, 1, 1)).total()).isEqualTo(2);
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void events_the_supplier_already_holds_change_nothing() {
        projection.on(registered(NINGBO_LIGHTING, "NB-LIGHT", "Ningbo Lighting Works"), 0, PLACED_AT);
        projection.on(offer(NINGBO_LIGHTING, DESK_LAMP, "DL-100", "46.00"), 1, hoursLater(1));
        SupplierView once = find(NINGBO_LIGHTING);

        projection.on(registered(NINGBO_LIGHTING, "OTHER", "Other"), 0, PLACED_AT);
        projection.on(offer(NINGBO_LIGHTING, LAMP_SHADE, "LS-7", "8.00"), 1, hoursLater(1));
        projection.on(new SupplierDeactivated(NINGBO_LIGHTING, "late"), 0, hoursLater(2));

        assertThat(find(NINGBO_LIGHTING)).isEqualTo(once);
    }

    @Test
    void replaying_every_event_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            projection.on(registered(NINGBO_LIGHTING, "NB-LIGHT", "Ningbo Lighting Works"), 0, PLACED_AT);
            projection.on(offer(NINGBO_LIGHTING, DESK_LAMP, "DL-100", "46.00"), 1, hoursLater(1));
            projection.on(offer(NINGBO_LIGHTING, DESK_LAMP, "DL-100", "45.00"), 2, hoursLater(2));
            projection.on(registered(SUZHOU_SHADES, "SZ-SHADE", "Suzhou Shades"), 0, hoursLater(3));
            projection.on(new SupplierDeactivated(SUZHOU_SHADES, "closed"), 1, hoursLater(4));
        };
        history.run();
        var live = rows();

        projection.reset();
        assertThat(queries.handle(new FindSupplier(NINGBO_LIGHTING))).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live);
        assertThat(live.get("supplier_directory")).hasSize(2);
    }

    private SupplierView find(SupplierId supplier) {
        return queries.handle(new FindSupplier(supplier)).orElseThrow();
    }

    private List<String> codes(ListSuppliers query) {
        return queries.handle(query).items().stream()
                .map(supplier -> supplier.code().value())
                .toList();
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(
                "supplier_directory",
                database.jdbc()
                        .sql("select * from supplier_directory order by supplier_id")
                        .query()
                        .listOfRows());
    }
}
