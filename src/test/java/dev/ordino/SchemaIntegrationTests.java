package dev.ordino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordino.support.IntegrationTest;
import dev.ordino.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rules about the schema the migrations build. */
class SchemaIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /**
     * Deleting a referenced row makes the database look for rows that still reference it; without an index
     * that leads with the referencing column, it reads the whole table each time (H2 makes these indexes by
     * itself; PostgreSQL does not).
     */
    @Test
    void everyForeignKeyHasAnIndexLeadingWithItsColumn() {
        assumeTrue(TestDatabase.current().name().equals("postgres"), "PostgreSQL leaves foreign keys unindexed");
        var unindexed = jdbc.sql("""
                        SELECT c.conrelid::regclass || '.' || a.attname
                        FROM pg_constraint c
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                        WHERE c.contype = 'f'
                          AND NOT EXISTS (SELECT 1 FROM pg_index i
                                          WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
                        ORDER BY 1""").query(String.class).list();
        assertThat(unindexed).isEmpty();
    }
}
