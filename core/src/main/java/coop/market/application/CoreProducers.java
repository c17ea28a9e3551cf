package coop.market.application;

import coop.market.domain.account.PasswordHasher;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The few plain objects the services share, made once per application. They are immutable
 * and thread-safe, so they are handed out as they are ({@code @Singleton}), without proxies.
 */
@ApplicationScoped
public class CoreProducers {

    /** The one clock every service reads, so tests and time-zone rules have a single source. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    /**
     * The installed trade plugins, found from the application's own class loader, which sees
     * every jar of the web application, the plugins included.
     */
    @Produces
    @Singleton
    TradeRegistry tradeRegistry() {
        return TradeRegistry.discover(CoreProducers.class.getClassLoader());
    }
}
