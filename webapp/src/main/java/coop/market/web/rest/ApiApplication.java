package coop.market.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API, version 1, under {@code /api/v1}. Its contract is in the project's API-CONTRACT. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Co-op Market API", version = "1",
        description = "Members, listings, bookings and money of a marketing co-operative."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
