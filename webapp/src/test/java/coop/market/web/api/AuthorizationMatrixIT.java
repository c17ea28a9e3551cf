package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: every API operation, called by nobody, a customer, a member, staff and an
 * administrator, must be refused (401 for nobody, 403 for the wrong role) or let through exactly
 * as this table says. "Let through" means anything but 401 and 403: the call itself may still be
 * invalid (422) or find nothing (404), which is the resource's business, not the gate's.
 * Ownership (a member seeing only their own bookings) is tested with the resources; here the
 * member is always Daniel and paths name his own member record.
 */
class AuthorizationMatrixIT extends ArquillianIT {

    /** The callers, in the order of each row's expectations. */
    private enum Caller { NOBODY, CUSTOMER, MEMBER, STAFF, ADMIN }

    private static final String OPEN = "ok ok ok ok ok";
    private static final String SIGNED_IN = "401 ok ok ok ok";
    private static final String STAFF_ONLY = "401 403 403 ok ok";

    private Api as(Caller caller) {
        return switch (caller) {
            case NOBODY -> anonymous();
            case CUSTOMER -> anonymous().asCustomer();
            case MEMBER -> anonymous().as("member@demo.coop", Api.DEMO_PASSWORD);
            case STAFF -> anonymous().asStaff();
            case ADMIN -> anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD);
        };
    }

    @Test
    void everyOperationLetsThroughExactlyTheRolesItShould() {
        String daniel = as(Caller.MEMBER).get("/listings?q=Daniel").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("title").equals("Home cleaning by Daniel"))
                .findFirst().orElseThrow().getString("memberId");
        String nowhere = "00000000-0000-0000-0000-000000000000";

        Map<String, String> matrix = new LinkedHashMap<>();
        matrix.put("GET /trades", OPEN);
        matrix.put("GET /listings", OPEN);
        matrix.put("GET /listings/" + nowhere, OPEN);
        matrix.put("GET /listings/" + nowhere + "/availability", OPEN);
        matrix.put("POST /listings", STAFF_ONLY);
        matrix.put("POST /customers", OPEN);
        matrix.put("GET /members", STAFF_ONLY);
        matrix.put("POST /members", STAFF_ONLY);
        matrix.put("GET /members/" + daniel, STAFF_ONLY);
        matrix.put("GET /members/" + daniel + "/availability", "401 403 ok ok ok");
        matrix.put("PUT /members/" + daniel + "/availability", "401 403 ok ok ok");
        matrix.put("GET /members/" + daniel + "/supporters", "401 403 ok ok ok");
        matrix.put("POST /members/" + daniel + "/supporters", "401 403 ok ok ok");
        matrix.put("DELETE /members/" + daniel + "/supporters/" + nowhere, "401 403 ok ok ok");
        matrix.put("GET /members/" + daniel + "/audit", STAFF_ONLY);
        matrix.put("POST /members/" + daniel + "/pause", STAFF_ONLY);
        matrix.put("POST /bookings/" + nowhere + "/reassign", STAFF_ONLY);
        matrix.put("GET /bookings", SIGNED_IN);
        matrix.put("POST /bookings", "401 ok 403 ok ok");
        matrix.put("GET /bookings/" + nowhere, SIGNED_IN);
        matrix.put("GET /bookings/" + nowhere + "/history", SIGNED_IN);
        for (String move : List.of("confirm", "decline", "cancel", "complete", "no-show", "reschedule")) {
            matrix.put("POST /bookings/" + nowhere + "/" + move, SIGNED_IN);
        }
        matrix.put("GET /me/calendar-link", "401 403 ok 403 403");
        matrix.put("GET /me/session", SIGNED_IN);
        matrix.put("GET /calendar/" + "x".repeat(43) + ".ics", OPEN);

        List<String> wrong = new ArrayList<>();
        matrix.forEach((operation, expected) -> {
            String[] parts = operation.split(" ", 2);
            String[] outcomes = expected.split(" ");
            for (Caller caller : Caller.values()) {
                int status = call(as(caller), parts[0], parts[1]).status();
                String got = status == 401 || status == 403 ? String.valueOf(status) : "ok";
                if (!got.equals(outcomes[caller.ordinal()])) {
                    wrong.add(operation + " as " + caller + ": expected " + outcomes[caller.ordinal()] + ", got " + status);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** Like someone else's booking, another member's availability does not exist for a member (404). */
    @Test
    void aMemberMayNotSeeOrChangeAnotherMembersAvailability() {
        String other = newMember("cleaning");
        Api daniel = as(Caller.MEMBER);
        assertEquals(404, daniel.get("/members/" + other + "/availability").status());
        assertEquals(404, daniel.put("/members/" + other + "/availability", "{\"weekly\": [], \"exceptions\": []}")
                .status());
        assertEquals(200, as(Caller.STAFF).get("/members/" + other + "/availability").status());
    }

    private static Api.Reply call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, "{}");
            case "PUT" -> api.put(path, "{}");
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
