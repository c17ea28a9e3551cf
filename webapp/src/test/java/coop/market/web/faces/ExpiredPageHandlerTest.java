package coop.market.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpiredPageHandlerTest {

    @Test
    void goesBackToOurOwnPageWithItsQuery() {
        assertEquals(Optional.of("/staff/member-details.xhtml?id=m1"), ExpiredPageHandler.samePage(
                "http://localhost:9080/staff/member-details.xhtml?id=m1", ""));
        assertEquals(Optional.of("/shop/book.xhtml?listing=l1"), ExpiredPageHandler.samePage(
                "https://market.example/shop/book.xhtml?listing=l1&expired=1", ""));
        assertEquals(Optional.of("/app/sign-in.xhtml"), ExpiredPageHandler.samePage(
                "https://market.example/app/sign-in.xhtml?expired=1", "/app"));
    }

    @Test
    void neverAnotherApplicationsOrAnUnreadableAddress() {
        assertEquals(Optional.empty(), ExpiredPageHandler.samePage(null, ""));
        assertEquals(Optional.empty(), ExpiredPageHandler.samePage("https://evil.example//evil.example/x", ""));
        assertEquals(Optional.empty(), ExpiredPageHandler.samePage("https://market.example/other/x", "/app"));
        assertEquals(Optional.empty(), ExpiredPageHandler.samePage("not a url at all", ""));
    }
}
