package com.tradeledger.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradeledger.shared.ReadModelDatabase;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An event's place in the log: its own row's global index, not the highest the token has read. */
class GlobalIndexesTest {

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    @Test
    void a_late_committed_event_keeps_its_own_index_though_its_token_says_the_highest_read() {
        DomainEventMessage<String> late = new GenericDomainEventMessage<>("Quote", "q-1", 3, "late");
        // The event at index 14 committed after 15 was read: its token is 15 with the gap at 14 filled.
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(15, List.of());
        database.jdbc()
                .sql("create table domainevententry (globalindex bigint primary key, eventidentifier text unique)")
                .update();
        try {
            database.jdbc()
                    .sql("insert into domainevententry values (14, :id)")
                    .param("id", late.getIdentifier())
                    .update();

            assertThat(new GlobalIndexes(database.jdbc()).of(late, token)).isEqualTo(14);
        } finally {
            database.jdbc().sql("drop table domainevententry").update();
        }
    }

    @Test
    void without_the_jdbc_event_table_the_token_position_is_the_place() {
        DomainEventMessage<String> event = new GenericDomainEventMessage<>("Quote", "q-2", 0, "event");

        assertThat(new GlobalIndexes(database.jdbc()).of(event, new GlobalSequenceTrackingToken(42)))
                .isEqualTo(42);
    }
}
