package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.ArquillianIT;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on besides the resources: OpenAPI, health, sessions. */
class PlatformIT extends ArquillianIT {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void publishesTheOpenApiDocumentAndItsUi() throws Exception {
        HttpResponse<String> document = get("openapi", null);
        assertEquals(200, document.statusCode());
        for (String path : new String[] {"/api/v1/trades", "/api/v1/members", "/api/v1/listings",
                "/api/v1/listings/{id}", "/api/v1/customers", "/api/v1/me/statements",
                "/api/v1/members/{id}/statements/pdf"}) {
            assertTrue(document.body().contains(path), "OpenAPI lists " + path);
        }
        assertEquals(200, get("openapi/ui/", null).statusCode());
    }

    @Test
    void reportsHealthIncludingTheDatabase() throws Exception {
        HttpResponse<String> health = get("health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("database"), health.body());
    }

    @Test
    void aBasicSignInCountsForThatRequestOnlyAndLeavesNoSessionBehind() throws Exception {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString("staff@demo.coop:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = get("api/v1/members", basic);
        assertEquals(200, signedIn.statusCode());
        assertTrue(signedIn.headers().allValues("Set-Cookie").isEmpty(),
                "no session and no single sign-on cookie for an API call: " + signedIn.headers().allValues("Set-Cookie"));
        assertEquals(401, get("api/v1/members", null).statusCode(), "the next call must sign in again");
    }

    @Test
    void fiveWrongPasswordsLockTheAddressOutEvenForTheRightOne() throws Exception {
        String email = coop.market.web.support.Api.uniqueEmail("guesser");
        var created = anonymous().post("/customers", """
                {"name": "Pat Guess", "email": "%s", "password": "the right pass phrase",
                 "address": {"line1": "1 High Street", "town": "Orpington", "postcode": "BR6 0JA"}}""".formatted(email));
        assertEquals(201, created.status(), created.toString());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, anonymous().as(email, "a wrong guess " + i).get("/bookings").status());
        }
        var locked = anonymous().as(email, "the right pass phrase").get("/bookings");
        assertEquals(401, locked.status());
        assertTrue(locked.body().contains("Too many wrong passwords"), locked.body());
        assertEquals(200, anonymous().asCustomer().get("/bookings?limit=1").status(), "others still sign in");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
