package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.ArquillianIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The books through the API: staff read a trial balance whose columns agree. */
class LedgerIT extends ArquillianIT {

    @Test
    void staffReadABalancedTrialBalance() {
        var reply = staff().get("/ledger/trial-balance");

        assertEquals(200, reply.status(), reply.toString());
        JsonObject balance = reply.object();
        assertTrue(balance.getBoolean("balanced"));
        assertEquals(balance.getJsonObject("totalDebit"), balance.getJsonObject("totalCredit"));
        assertEquals("GBP", balance.getJsonObject("totalDebit").getString("currency"));
        assertTrue(balance.containsKey("accounts"));
    }
}
