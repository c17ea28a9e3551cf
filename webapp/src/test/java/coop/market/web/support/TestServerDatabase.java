package coop.market.web.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The test server's own database, opened from the tests to check (or, for a test of the clock,
 * to age) what is really stored: PostgreSQL when {@code DB_KIND=postgresql}, otherwise the
 * embedded H2 file the build names in the system property {@code coopmarket.h2.path}, opened
 * with {@code AUTO_SERVER} alongside the running server.
 */
public final class TestServerDatabase {

    private TestServerDatabase() {
    }

    public static Connection open() throws SQLException {
        if ("postgresql".equalsIgnoreCase(System.getenv("DB_KIND"))) {
            String url = "jdbc:postgresql://%s:%s/%s".formatted(env("DB_HOST", "localhost"), env("DB_PORT", "5432"),
                    env("DB_NAME", "coopmarket"));
            return DriverManager.getConnection(url, env("DB_USER", "coopmarket"), env("DB_PASSWORD", ""));
        }
        String path = System.getProperty("coopmarket.h2.path");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("Set the system property coopmarket.h2.path to the test server's H2 file "
                    + "(webapp/pom.xml does, for failsafe)");
        }
        // IFEXISTS: a wrong path fails here rather than quietly creating an empty database.
        return DriverManager.getConnection("jdbc:h2:" + path + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
