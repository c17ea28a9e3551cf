package coop.market.web.security;

import coop.market.domain.account.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API method. Every resource method carries either this or {@link Public}; one
 * with neither is refused, so forgetting to decide is never an open door.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allow {

    Role[] value();
}
