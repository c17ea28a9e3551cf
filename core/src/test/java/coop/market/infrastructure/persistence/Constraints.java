package coop.market.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/** Assertions about what the database itself refuses. */
final class Constraints {

    /** A unique (or primary key) violation: both H2 and PostgreSQL say 23505. */
    static final Set<String> UNIQUE_VIOLATION = Set.of("23505");

    /** A foreign key violation: 23503 on PostgreSQL; H2 says 23506 when the parent row is missing. */
    static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");

    private Constraints() {
    }

    /** Asserts that the work fails because the database refused it with one of the given SQL states. */
    static void assertRefusedWith(Set<String> sqlStates, Executable work) {
        PersistenceException e = assertThrows(PersistenceException.class, work);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                assertTrue(sqlStates.contains(sql.getSQLState()),
                        "SQL state " + sql.getSQLState() + ", expected one of " + sqlStates + ": " + sql.getMessage());
                return;
            }
        }
        fail("No SQLException behind " + e);
    }
}
