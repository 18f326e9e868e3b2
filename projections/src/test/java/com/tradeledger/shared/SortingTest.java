package com.tradeledger.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SortingTest {

    private static final Map<String, String> COLUMNS = Map.of("position", "position", "dueDate", "due_date");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    @Test
    void nulls_come_first_ascending_and_last_descending_and_a_tie_breaker_follows() {
        assertThat(Sorting.of(null, COLUMNS, "dueDate", "id").orderBy())
                .isEqualTo(" order by due_date asc nulls first, id");
        assertThat(Sorting.of("-dueDate", COLUMNS, "position", "id").orderBy())
                .isEqualTo(" order by due_date desc nulls last, id");
        assertThatThrownBy(() -> Sorting.of("summary", COLUMNS, "position", "id"))
                .isInstanceOf(UnknownSortField.class);
    }

    @Test
    void a_column_without_nulls_is_sorted_without_a_nulls_clause() {
        assertThat(Sorting.ofNotNull(null, COLUMNS, "position", "position").orderBy())
                .isEqualTo(" order by position asc, position");
        assertThat(Sorting.ofNotNull("-position", COLUMNS, "position", "position")
                        .orderBy())
                .isEqualTo(" order by position desc, position");
        assertThatThrownBy(() -> Sorting.ofNotNull("summary", COLUMNS, "position", "position"))
                .isInstanceOf(UnknownSortField.class);
    }

    // Why ofNotNull exists: a page of one key's rows in an order with a nulls clause sorts all of that key's rows,
    // while without it PostgreSQL reads the first rows of the primary key and stops.
    @Test
    void without_the_nulls_clause_a_page_reads_the_primary_key_in_order() {
        var jdbc = database.jdbc();
        jdbc.sql("create table sorting_probe (owner uuid not null, position bigint not null,"
                        + " primary key (owner, position))")
                .update();
        UUID owner = UUID.randomUUID();
        jdbc.sql("insert into sorting_probe select :owner, n from generate_series(1, 20000) n")
                .param("owner", owner)
                .update();
        jdbc.sql("insert into sorting_probe select gen_random_uuid(), n from generate_series(1, 20000) n")
                .update();
        jdbc.sql("analyze sorting_probe").update();

        for (String direction : List.of("position", "-position")) {
            assertThat(plan(owner, Sorting.ofNotNull(direction, COLUMNS, "position", "position")))
                    .noneMatch(line -> line.contains("Sort"))
                    .anyMatch(line -> line.contains("sorting_probe_pkey"));
            assertThat(plan(owner, Sorting.of(direction, COLUMNS, "position", "position")))
                    .anyMatch(line -> line.contains("Sort Key"));
        }
        jdbc.sql("drop table sorting_probe").update();
    }

    private static List<String> plan(UUID owner, Sorting sorting) {
        return database.jdbc()
                .sql("explain select position from sorting_probe where owner = :owner" + sorting.orderBy()
                        + " limit 50")
                .param("owner", owner)
                .query(String.class)
                .list();
    }
}
