package coop.market.application;

import coop.market.infrastructure.persistence.DatabaseMigrations;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What happens once when the application starts, in order: the schema is migrated, the trade
 * plugins are found (a clash stops start-up here, not on the first request), the first
 * administrator is created if configured, the demo co-op is seeded where wanted, and the
 * background work (sending email, closing lapsed requests) begins.
 */
@ApplicationScoped
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Resource(lookup = "jdbc/coopmarket")
    DataSource dataSource;

    @Inject
    TradeRegistry trades;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    DemoData demoData;

    @Inject
    BackgroundWork background;

    void onStart(@Observes Startup startup) {
        var migration = DatabaseMigrations.migrate(dataSource);
        LOG.info("Database schema is up to date (" + migration.migrationsExecuted + " migrations run now)");
        LOG.info("Trades installed: " + trades.all().stream().map(Trade::code).collect(Collectors.joining(", ")));
        Settings settings = Settings.fromEnvironment();
        firstAdmin.createIfConfigured(settings);
        if (settings.demoData(isEmbeddedDatabase())) {
            demoData.seedIfEmpty();
        }
        background.start(settings);
    }

    private boolean isEmbeddedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
