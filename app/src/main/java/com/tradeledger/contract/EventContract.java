package com.tradeledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every event type and revision the ledger has ever published, with its JSON Schema: the files {@code
 * contract/events/<type>.v<revision>.json} on the classpath. A build test keeps the newest revision of each type equal
 * to what the {@code api} record generates; older revisions stay, since the log still holds events written in them.
 */
@Component
class EventContract {

    static final String LOCATION = "contract/events/";
    private static final Pattern FILE = Pattern.compile("(.+)\\.v(\\d+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, NavigableMap<Integer, EventSchema>> byType = new TreeMap<>();

    EventContract() {
        this(resources());
    }

    EventContract(Collection<EventSchema> schemas) {
        schemas.forEach(schema ->
                byType.computeIfAbsent(schema.type(), type -> new TreeMap<>()).put(schema.revision(), schema));
    }

    /** Every type and revision, by type and then revision. */
    List<EventSchema> all() {
        List<EventSchema> all = new ArrayList<>();
        byType.values().forEach(revisions -> all.addAll(revisions.values()));
        return all;
    }

    Optional<EventSchema> find(String type, int revision) {
        return Optional.ofNullable(byType.get(type)).map(revisions -> revisions.get(revision));
    }

    Optional<EventSchema> latest(String type) {
        return Optional.ofNullable(byType.get(type))
                .map(revisions -> revisions.lastEntry().getValue());
    }

    boolean isLatest(EventSchema schema) {
        return latest(schema.type()).map(schema::equals).orElse(false);
    }

    private static List<EventSchema> resources() {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.json");
            List<EventSchema> schemas = new ArrayList<>();
            for (Resource file : files) {
                schemas.add(read(file));
            }
            return schemas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventSchema read(Resource file) throws IOException {
        Matcher name = FILE.matcher(file.getFilename());
        if (!name.matches()) {
            throw new IllegalStateException("an event schema is named <type>.v<revision>.json, not " + file);
        }
        try (InputStream in = file.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return schema(name.group(1), Integer.parseInt(name.group(2)), text);
        }
    }

    static EventSchema schema(String type, int revision, String text) {
        try {
            JsonNode schema = JSON.readTree(text);
            return new EventSchema(type, revision, schema, text);
        } catch (IOException e) {
            throw new UncheckedIOException("the schema of " + EventSchema.key(type, revision) + " is not JSON", e);
        }
    }
}
