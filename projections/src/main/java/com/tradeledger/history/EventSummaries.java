package com.tradeledger.history;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One line in the trade's words for each event a history shows ("Quote 3f2a9c1e issued (revision 1), 12400.00 USD").
 * Summaries name selling prices and amounts invoiced and paid, never floor, cost or purchase prices (价格访问权限), so
 * that every reader of a history may see them; an event without its own summary is named in plain words.
 */
final class EventSummaries {

    private final Map<Class<?>, Function<Object, String>> byType = new HashMap<>();

    static EventSummaries all() {
        var summaries = new EventSummaries();
        SalesSummaries.register(summaries);
        FulfilmentSummaries.register(summaries);
        SupplySummaries.register(summaries);
        return summaries;
    }

    <T> EventSummaries on(Class<T> type, Function<T, String> summary) {
        byType.put(type, event -> summary.apply(type.cast(event)));
        return this;
    }

    String of(Object event) {
        Function<Object, String> summary = byType.get(event.getClass());
        return summary == null ? plainWords(event.getClass().getSimpleName()) : summary.apply(event);
    }

    /** The first eight digits of an id, as people quote it. */
    static String shortId(Object id) {
        String value = id.toString();
        return value.length() == 36 && value.charAt(8) == '-' ? value.substring(0, 8) : value;
    }

    // "QuoteLineAdded" reads "Quote line added".
    private static String plainWords(String typeName) {
        String words = typeName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
