package com.tradeledger.webhooks;

import com.tradeledger.feed.FeedFilter;
import com.tradeledger.web.InvalidField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What a registration must satisfy before anything is stored: an absolute http or https URL with a host and no
 * credentials in it, filters naming only event and aggregate types the ledger has, a position of zero or more.
 */
@Component
class WebhookRequirements {

    private static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_DESCRIPTION_LENGTH = 500;

    private final EventCatalogue catalogue;

    WebhookRequirements(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    URI url(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidField("url", "the endpoint to deliver to is required");
        }
        URI uri = parse(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidField("url", "an absolute http or https URL with a host, not '" + url + "'");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidField("url", "no credentials in the URL: deliveries are signed instead");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidField("url", "at most " + MAX_URL_LENGTH + " characters");
        }
        return uri;
    }

    FeedFilter filter(List<String> eventTypes, List<String> aggregateTypes) {
        List<String> events = names(eventTypes);
        List<String> aggregates = names(aggregateTypes);
        events.stream().filter(name -> !catalogue.isEventType(name)).findFirst().ifPresent(unknown -> {
            throw new InvalidField("eventTypes", "no event type is called '" + unknown + "'");
        });
        aggregates.stream()
                .filter(name -> !catalogue.isAggregateType(name))
                .findFirst()
                .ifPresent(unknown -> {
                    throw new InvalidField("aggregateTypes", "no aggregate type is called '" + unknown + "'");
                });
        return new FeedFilter(events, aggregates);
    }

    void position(Long after) {
        if (after != null && after < 0) {
            throw new InvalidField("after", "a position is zero or more");
        }
    }

    String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidField("description", "at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description;
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException notAUrl) {
            throw new InvalidField("url", "not a URL: " + notAUrl.getReason());
        }
    }

    private static List<String> names(List<String> names) {
        return names == null
                ? List.of()
                : names.stream()
                        .filter(Objects::nonNull)
                        .map(String::trim)
                        .filter(name -> !name.isEmpty())
                        .distinct()
                        .toList();
    }
}
