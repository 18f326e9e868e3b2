package com.tradeledger.replaycheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The registry of projection tables cannot rot: every read-model table has exactly one projection. */
class ProjectionTablesTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");

    @Test
    void every_table_the_query_model_creates_belongs_to_exactly_one_projection() throws IOException {
        TreeSet<String> created = queryModelTables();
        Map<String, List<String>> owners = new HashMap<>();
        for (String projection : ProjectionTables.projections()) {
            for (String table : ProjectionTables.of(projection).orElseThrow()) {
                owners.computeIfAbsent(table, any -> new java.util.ArrayList<>())
                        .add(projection);
            }
        }
        assertThat(created).as("tables created by the query model's migrations").hasSizeGreaterThan(40);
        for (String table : created) {
            assertThat(owners.get(table)).as("projections owning %s", table).hasSize(1);
        }
        assertThat(owners.keySet()).as("declared tables no migration creates").isSubsetOf(created);
    }

    @Test
    void a_name_that_is_no_projection_has_no_tables() {
        assertThat(ProjectionTables.of("event-chain")).isEmpty();
        assertThat(ProjectionTables.of("receivables").orElseThrow())
                .containsExactly("receivable_customer", "receivable_invoice", "receivable_movement");
    }

    private static TreeSet<String> queryModelTables() throws IOException {
        TreeSet<String> tables = new TreeSet<>();
        for (Resource migration :
                new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql")) {
            if (!migration.getURL().toString().contains("query-model")) {
                continue;
            }
            Matcher table = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
            while (table.find()) {
                tables.add(table.group(1).toLowerCase());
            }
        }
        return tables;
    }
}
