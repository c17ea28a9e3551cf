package coop.market.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for each test, and the "coopmarket" persistence unit on it, run
 * outside any container. Register it in a test class with
 * {@code @RegisterExtension final TestDatabase db = new TestDatabase();}; registered on a
 * {@code static} field instead, one database serves the whole class (for read-only tests).
 *
 * <p>By default the database is a private in-memory H2 database. With {@code TEST_DB=postgresql}
 * it is a new database on the PostgreSQL server named by {@code PGHOST}, {@code PGPORT} and
 * {@code PGUSER} (default 127.0.0.1:5432, postgres, no password), dropped again afterwards. If
 * that server cannot be reached the tests are skipped, not failed: a laptop without PostgreSQL
 * can still run the build.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Flyway reports every migration at INFO through java.util.logging; held here so it stays set. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    /** Set once PostgreSQL has been found unreachable, so later tests skip at once. */
    private static volatile String postgresUnreachable;

    private final List<EntityManager> opened = new ArrayList<>();
    private boolean perClass;
    private Server server;
    private DataSource dataSource;
    private MigrateResult migration;
    private EntityManagerFactory factory;

    /** Called only when registered on a static field: one database for the whole class. */
    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perClass) {
            closeEntityManagers();
        } else {
            close();
        }
    }

    private void open() {
        server = Server.fromEnvironment();
        dataSource = server.createDatabase();
        migration = DatabaseMigrations.migrate(dataSource);
        factory = Persistence.createEntityManagerFactory("coopmarket", persistenceProperties());
    }

    private void close() {
        try {
            closeEntityManagers();
            if (factory != null) {
                factory.close();
            }
        } finally {
            factory = null;
            if (server != null) {
                server.dropDatabase();
                server = null;
            }
        }
    }

    private void closeEntityManagers() {
        try {
            for (EntityManager em : opened) {
                if (em.isOpen()) {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    em.close();
                }
            }
        } finally {
            opened.clear();
        }
    }

    private Map<String, Object> persistenceProperties() {
        Map<String, Object> properties = new HashMap<>();
        // persistence.xml describes the server: JTA on a JNDI datasource. Here there is neither.
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // EclipseLink keeps sessions by name; a name per database stops one test's factory
        // being handed another test's session (and so another test's database).
        properties.put("eclipselink.session-name", "coopmarket-test-" + server.name);
        if (Boolean.getBoolean("test.sql.log")) {
            properties.put("eclipselink.logging.level.sql", "FINE");
            properties.put("eclipselink.logging.parameters", "true");
        }
        return properties;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** What Flyway did when this database was created. */
    MigrateResult migration() {
        return migration;
    }

    /** A new entity manager, closed after the test. Use a new one to read what another wrote. */
    EntityManager entityManager() {
        EntityManager em = factory.createEntityManager();
        opened.add(em);
        return em;
    }

    /** Runs work in a transaction of its own entity manager, committing at the end. */
    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = entityManager();
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            work.accept(em);
            transaction.commit();
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        }
    }

    /** Runs plain SQL on a connection of its own, e.g. to see what is really stored. */
    <T> T jdbc(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Where a test database lives and how to make and remove one. */
    private abstract static class Server {

        final String name = "coopmarket_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

        static Server fromEnvironment() {
            String kind = Optional.ofNullable(System.getenv("TEST_DB")).map(String::strip).orElse("")
                    .toLowerCase(Locale.ROOT);
            return switch (kind) {
                case "", "h2" -> new H2();
                case "postgresql" -> new PostgreSql();
                default -> throw new IllegalStateException(
                        "TEST_DB=" + kind + " is not known: leave it unset (H2) or use TEST_DB=postgresql");
            };
        }

        abstract DataSource createDatabase();

        abstract void dropDatabase();
    }

    private static final class H2 extends Server {

        private JdbcDataSource dataSource;

        @Override
        DataSource createDatabase() {
            dataSource = new JdbcDataSource();
            // DB_CLOSE_DELAY=-1 keeps it alive between connections until SHUTDOWN below.
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }

        @Override
        void dropDatabase() {
            if (dataSource == null) {
                return;
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not shut down H2 database " + name, e);
            }
        }
    }

    private static final class PostgreSql extends Server {

        private final String host = env("PGHOST", "127.0.0.1");
        private final int port = Integer.parseInt(env("PGPORT", "5432"));
        private final String user = env("PGUSER", "postgres");
        private boolean created;

        private static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : value.strip();
        }

        private Connection admin() throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("connectTimeout", "5");
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", properties);
        }

        @Override
        DataSource createDatabase() {
            String unreachable = postgresUnreachable;
            Assumptions.assumeTrue(unreachable == null, () -> unreachable);
            Connection admin;
            try {
                admin = admin();
            } catch (SQLException e) {
                postgresUnreachable = "TEST_DB=postgresql, but PostgreSQL at " + host + ":" + port + " as user " + user
                        + " is unreachable (" + e.getMessage() + "); skipping database tests";
                return Assumptions.abort(postgresUnreachable);
            }
            try (admin; Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
                created = true;
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL is reachable but could not create database " + name, e);
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {host});
            dataSource.setPortNumbers(new int[] {port});
            dataSource.setDatabaseName(name);
            dataSource.setUser(user);
            return dataSource;
        }

        @Override
        void dropDatabase() {
            if (!created) {
                return;
            }
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                // FORCE ends any connection a failed test left open.
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test database " + name, e);
            }
        }
    }
}
