package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class MigrationsTest {

    private static final List<String> TABLES = List.of("cooperative", "member", "member_trade",
            "member_service_area", "customer", "listing", "user_account", "user_account_role", "audit_entry",
            "idempotent_request", "member_availability", "availability_window", "availability_absence", "booking",
            "booking_event", "chargeable_item");

    /** Every migration script in the source tree, in order, as Flyway records it ("3 availability and bookings true"). */
    private static final List<String> SCRIPTS = scriptsInSourceTree();

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void aNewDatabaseGetsEveryScript() {
        MigrateResult first = db.migration();
        assertTrue(first.success);
        assertEquals(SCRIPTS.size(), first.migrationsExecuted);
        assertEquals(highestVersion(), first.targetSchemaVersion);
        assertEquals(SCRIPTS, history());
    }

    @Test
    void everyTableExistsAndStartsEmpty() {
        for (String table : TABLES) {
            long rows = db.jdbc(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                        ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            });
            assertEquals(0, rows, table);
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        MigrateResult again = DatabaseMigrations.migrate(db.dataSource());
        assertTrue(again.success);
        assertEquals(0, again.migrationsExecuted);
        assertEquals(highestVersion(), again.initialSchemaVersion);
        assertEquals(SCRIPTS, history());
    }

    /** The last script's version: not the count, as a branch may hold a later script before an earlier one lands. */
    private static String highestVersion() {
        String last = SCRIPTS.get(SCRIPTS.size() - 1);
        return last.substring(0, last.indexOf(' '));
    }

    private static List<String> scriptsInSourceTree() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))))
                    .map(name -> name.substring(1, name.indexOf("__")) + " "
                            + name.substring(name.indexOf("__") + 2, name.length() - 4).replace('_', ' ') + " true")
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flyway's record of applied scripts, as "version description success". */
    private List<String> history() {
        return db.jdbc(connection -> {
            List<String> applied = new ArrayList<>();
            // Quoted: Flyway creates the table in lower case, and H2 would otherwise look for upper case.
            // Rows without a version are Flyway's own markers, not scripts.
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT \"version\", \"description\", \"success\" FROM \"flyway_schema_history\" "
                            + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    applied.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
                }
            }
            return applied;
        });
    }
}
