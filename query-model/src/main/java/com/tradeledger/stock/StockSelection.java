package com.tradeledger.stock;

import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.Sorting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The products of the stock list a filter selects, in the order asked for: every product with stock movements or
 * open purchase order lines, its totals, what is on order of it, its SKU and name from the product catalogue and, for
 * one warehouse, what it has there. Conditions and columns come from this package's code, never from the caller.
 */
public final class StockSelection {

    // What is on order of a line is what is not accepted of it, in the base unit by the line's own ratio.
    private static final String LISTED = """
            with on_order as (
                select product_id, sum((ordered - accepted) * base_quantity / ordered) as on_order
                  from stock_on_order
                 where cancelled = 0 and ordered > accepted
                 group by product_id),
            listed as (
                select coalesce(s.product_id, o.product_id) as product_id, s.base_unit,
                       coalesce(s.on_hand, 0) as on_hand, coalesce(s.reserved, 0) as reserved,
                       coalesce(s.on_hand, 0) - coalesce(s.reserved, 0) as available,
                       coalesce(o.on_order, 0) as on_order
                  from stock_product s
                  full join on_order o on o.product_id = s.product_id)
            """;

    // A product received but never counted takes its base unit from its purchase order lines.
    private static final String COLUMNS = """
            select l.product_id, l.on_hand, l.reserved, l.available, l.on_order, c.sku, c.name,
                   coalesce(l.base_unit, (select u.base_unit from stock_on_order u
                                           where u.product_id = l.product_id limit 1)) as base_unit,
            """;

    private static final Map<String, String> SORTS = Map.of(
            "sku", "c.sku",
            "onHand", "l.on_hand",
            "reserved", "l.reserved",
            "available", "l.available",
            "onOrder", "l.on_order");

    private final String from;
    private final String where;
    private final Map<String, Object> parameters;
    private final Sorting sorting;

    private StockSelection(String from, String where, Map<String, Object> parameters, Sorting sorting) {
        this.from = from;
        this.where = where;
        this.parameters = parameters;
        this.sorting = sorting;
    }

    /**
     * The products the filter selects, sorted by {@code sort} (sku by default).
     *
     * @throws com.tradeledger.shared.UnknownSortField when the sort is not one the stock list offers
     */
    static StockSelection of(StockListFilter filter, String sort) {
        Sorting sorting = Sorting.of(sort, SORTS, "sku", "l.product_id");
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String from = " from listed l left join product_catalogue c on c.product_id = l.product_id";
        if (filter.warehouse() != null) {
            from += " join stock_on_hand w on w.product_id = l.product_id and w.warehouse = :warehouse";
            parameters.put("warehouse", filter.warehouse().value());
        }
        if (filter.productId() != null) {
            conditions.add("l.product_id = :productId");
            parameters.put("productId", filter.productId().value());
        }
        if (filter.availableBelow() != null) {
            conditions.add("l.available < :availableBelow");
            parameters.put("availableBelow", filter.availableBelow());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new StockSelection(from, where, parameters, sorting);
    }

    /** Every selected product in order, for an export. */
    String all() {
        String warehouse = parameters.containsKey("warehouse")
                ? " w.warehouse, w.on_hand as on_hand_in_warehouse"
                : " null as warehouse, null as on_hand_in_warehouse";
        return LISTED + COLUMNS + warehouse + from + where + sorting.orderBy();
    }

    String page(PageWindow window) {
        return all() + " limit " + window.size() + " offset " + window.offset();
    }

    String count() {
        return LISTED + "select count(*)" + from + where;
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
