package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.account.PasswordHasher;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void theStoredDemoHashIsThePublishedDemoPassword() {
        assertTrue(new PasswordHasher().matches(DemoData.PASSWORD, DemoData.PASSWORD_HASH));
    }
}
