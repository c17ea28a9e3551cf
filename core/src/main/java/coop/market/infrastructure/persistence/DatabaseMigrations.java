package coop.market.infrastructure.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned scripts in {@code db/migration}, the same
 * scripts on H2 and PostgreSQL. A missing script folder fails loudly rather than leaving an
 * empty database behind.
 */
public final class DatabaseMigrations {

    private DatabaseMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
