package com.tradeledger.purchasing;

import com.tradeledger.shared.PageWindow;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the questions about suppliers (供应商) from the supplier directory; it only reads. */
@Component
public class SupplierDirectoryQueries {

    private final SupplierDirectory directory;

    public SupplierDirectoryQueries(SupplierDirectory directory) {
        this.directory = directory;
    }

    @QueryHandler
    public Optional<SupplierView> handle(FindSupplier query) {
        return directory.find(query.supplierId());
    }

    @QueryHandler
    public SupplierPage handle(ListSuppliers query) {
        String text = query.q() == null || query.q().isBlank()
                ? null
                : "%" + escapeWildcards(query.q().strip()) + "%";
        var conditions = new Conditions()
                .add("(code ilike :text or name ilike :text)", "text", text)
                .add("active = :active", "active", query.active());
        return directory.list(conditions, new PageWindow(query.page(), query.size()));
    }

    // Someone searching for "10%" means the characters, not a LIKE pattern; backslash is PostgreSQL's LIKE escape.
    private static String escapeWildcards(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
