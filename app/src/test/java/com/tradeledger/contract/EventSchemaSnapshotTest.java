package com.tradeledger.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tradeledger.customers.CustomerRegistered;
import com.tradeledger.stock.StockReceived;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract cannot change by accident: every event of the {@code api} module has a committed schema snapshot for
 * its current revision, and its record still generates exactly that schema.
 */
class EventSchemaSnapshotTest {

    private final EventSchemaGenerator generator = new EventSchemaGenerator();

    @Test
    void every_event_in_the_api_matches_the_committed_schema_of_its_revision() {
        List<Class<?>> events = EventClasses.inApi();

        List<String> problems = new SchemaSnapshots(SchemaSnapshots.COMMITTED, Boolean.getBoolean("contract.write"))
                .checkAll(events, generator);

        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void the_scan_finds_the_api_events_and_nothing_from_other_modules() {
        List<Class<?>> events = EventClasses.inApi();

        assertThat(events)
                .contains(CustomerRegistered.class, StockReceived.class)
                .hasSizeGreaterThan(90);
        assertThat(events)
                .doesNotContain(ProbeShipped.class)
                .allSatisfy(event ->
                        assertThat(event.isRecord()).as(event.getName()).isTrue());
        assertThat(EventClasses.revisionOf(StockReceived.class)).isEqualTo(2);
    }

    @Test
    void an_event_whose_shape_changed_under_the_same_revision_is_refused_with_what_to_do(@TempDir Path snapshots)
            throws IOException {
        SchemaSnapshots history = new SchemaSnapshots(snapshots, false);
        ObjectNode published = generator.schemaOf(ProbeShipped.class);
        published.withObject("/properties").putObject("carrier").put("type", "string");
        Files.writeString(snapshots.resolve(ProbeShipped.class.getName() + ".v1.json"), published.toString());

        List<String> problems = history.check(ProbeShipped.class, 1, generator.schemaOf(ProbeShipped.class));

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith("ProbeShipped changed shape; give it @Revision(\"2\") and an upcaster");
    }

    @Test
    void a_revision_without_a_snapshot_is_refused_with_the_command_that_writes_it(@TempDir Path snapshots) {
        List<String> problems = new SchemaSnapshots(snapshots, false)
                .check(ProbeShipped.class, 1, generator.schemaOf(ProbeShipped.class));

        assertThat(problems).singleElement().asString().contains("has no schema snapshot yet", "-Dcontract.write=true");
        assertThat(snapshots).isEmptyDirectory();
    }

    @Test
    void writing_adds_the_new_revision_and_leaves_the_older_ones(@TempDir Path snapshots) throws IOException {
        Path older = snapshots.resolve(ProbeShipped.class.getName() + ".v1.json");
        Files.writeString(older, "{\"title\":\"ProbeShipped, as it was\"}");

        List<String> problems = new SchemaSnapshots(snapshots, true)
                .check(ProbeShipped.class, 2, generator.schemaOf(ProbeShipped.class));

        assertThat(problems).isEmpty();
        assertThat(older).hasContent("{\"title\":\"ProbeShipped, as it was\"}");
        assertThat(snapshots.resolve(ProbeShipped.class.getName() + ".v2.json"))
                .content()
                .contains("\"trackingNumber\"");
        assertThat(new SchemaSnapshots(snapshots, false)
                        .check(ProbeShipped.class, 2, generator.schemaOf(ProbeShipped.class)))
                .isEmpty();
    }

    /** An event outside the api, only for these tests. */
    @Revision("1")
    record ProbeShipped(String trackingNumber, int parcels) {}
}
