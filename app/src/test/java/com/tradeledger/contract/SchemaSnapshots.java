package com.tradeledger.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares each event's schema as its record generates it today with the committed snapshot of its type and
 * revision, the contract's history: a shape that differs under the same revision is a broken contract; a revision
 * with no snapshot yet is written on request ({@code -Dcontract.write=true}) and otherwise reported.
 */
final class SchemaSnapshots {

    static final Path COMMITTED = Path.of("src/main/resources").resolve(EventContract.LOCATION);
    static final String WRITE_COMMAND = "./mvnw -q -o -pl api,command-model,query-model,projections,app test"
            + " -Dtest=EventSchemaSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dcontract.write=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final boolean write;

    SchemaSnapshots(Path directory, boolean write) {
        this.directory = directory;
        this.write = write;
    }

    /** What is wrong, one line per event; empty when every event matches its snapshot. */
    List<String> check(Class<?> event, int revision, JsonNode generated) {
        String key = EventSchema.key(event.getName(), revision);
        Path snapshot = directory.resolve(key + ".json");
        if (!Files.exists(snapshot)) {
            if (write) {
                writeSnapshot(snapshot, generated);
                return List.of();
            }
            return List.of(key + " has no schema snapshot yet; write it with " + WRITE_COMMAND);
        }
        if (!read(snapshot).equals(generated)) {
            return List.of(event.getSimpleName() + " changed shape; give it @Revision(\"" + (revision + 1)
                    + "\") and an upcaster (" + key + ".json is the published contract of revision " + revision
                    + ")");
        }
        return List.of();
    }

    List<String> checkAll(List<Class<?>> events, EventSchemaGenerator generator) {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events) {
            problems.addAll(check(event, EventClasses.revisionOf(event), generator.schemaOf(event)));
        }
        return problems;
    }

    private static JsonNode read(Path snapshot) {
        try {
            return JSON.readTree(snapshot.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSnapshot(Path snapshot, JsonNode schema) {
        try {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
