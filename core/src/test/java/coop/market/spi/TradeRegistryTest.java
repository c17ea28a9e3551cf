package coop.market.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.Money;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeRegistryTest {

    /** Just enough of a trade to be registered. */
    abstract static class TinyTrade implements Trade {

        private final String code;
        private final TradeKind kind;

        TinyTrade(String code, TradeKind kind) {
            this.code = code;
            this.kind = kind;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String name() {
            return "Trade " + code;
        }

        @Override
        public String description() {
            return "A trade for tests";
        }

        @Override
        public TradeKind kind() {
            return kind;
        }

        @Override
        public List<AttributeDefinition> listingAttributes() {
            return List.of();
        }

        @Override
        public List<AttributeDefinition> requestAttributes() {
            return List.of();
        }

        @Override
        public Quote price(PricingRequest request) {
            return new Quote(List.of(PricedLine.single("Work", request.listedPrice())), List.of());
        }

        @Override
        public TradeRules rules() {
            return new TradeRules() {
                @Override
                public Duration estimateDuration(AttributeValues listing, AttributeValues request) {
                    return Duration.ZERO;
                }

                @Override
                public Duration minimumDuration() {
                    return Duration.ZERO;
                }
            };
        }
    }

    static final class Cleaning extends TinyTrade {
        Cleaning() {
            super("cleaning", TradeKind.SERVICE);
        }
    }

    static final class Gardening extends TinyTrade {
        Gardening() {
            super("gardening", TradeKind.SERVICE);
        }
    }

    static final class Crafts extends TinyTrade {
        Crafts() {
            super("crafts", TradeKind.PRODUCT);
        }
    }

    static final class RivalCleaning extends TinyTrade {
        RivalCleaning() {
            super("cleaning", TradeKind.SERVICE);
        }
    }

    static final class Coded extends TinyTrade {
        Coded(String code) {
            super(code, TradeKind.SERVICE);
        }
    }

    /** Public with a no-argument constructor, so the service loader can make one. */
    public static final class Discoverable extends TinyTrade {
        public Discoverable() {
            super("discoverable", TradeKind.PRODUCT);
        }
    }

    @Test
    void twoTradesWithTheSameCodeStopStartUpNamingBothClasses() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TradeRegistry(List.of(new Cleaning(), new Crafts(), new RivalCleaning())));
        assertTrue(e.getMessage().contains("\"cleaning\""), e.getMessage());
        assertTrue(e.getMessage().contains(Cleaning.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(RivalCleaning.class.getName()), e.getMessage());
    }

    @Test
    void refusesCodesThatAreNotShortLowerCaseWords() {
        List<String> bad = java.util.Arrays.asList(null, "", "c", "Cleaning", "1cleaning", "-cleaning",
                "window cleaning", "window_cleaning", "x".repeat(41));
        for (String code : bad) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new TradeRegistry(List.of(new Coded(code))), "code " + code);
            assertTrue(e.getMessage().contains(Coded.class.getName()), e.getMessage());
            assertTrue(e.getMessage().contains("\"" + code + "\""), e.getMessage());
        }
    }

    @Test
    void aMissingCodeAmongOtherTradesIsReportedNotCrashedOn() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TradeRegistry(List.of(new Cleaning(), new Coded(null), new Crafts())));
        assertTrue(e.getMessage().contains(Coded.class.getName() + " has an invalid code \"null\""), e.getMessage());
    }

    @Test
    void acceptsCodesOfLettersDigitsAndHyphens() {
        for (String code : List.of("ab", "window-cleaning", "trade2", "x".repeat(40))) {
            assertEquals(List.of(code), new TradeRegistry(List.of(new Coded(code))).all().stream()
                    .map(Trade::code).toList());
        }
    }

    @Test
    void findsTradesByCode() {
        Cleaning cleaning = new Cleaning();
        TradeRegistry registry = new TradeRegistry(List.of(cleaning, new Crafts()));
        assertSame(cleaning, registry.find("cleaning").orElseThrow());
        assertEquals(Optional.empty(), registry.find("plumbing"));
        assertEquals(Optional.empty(), registry.find(null));
    }

    @Test
    void listsAllTradesInCodeOrder() {
        TradeRegistry registry = new TradeRegistry(List.of(new Gardening(), new Crafts(), new Cleaning()));
        assertEquals(List.of("cleaning", "crafts", "gardening"), registry.all().stream().map(Trade::code).toList());
        assertThrows(UnsupportedOperationException.class, () -> registry.all().add(new Coded("extra")));
    }

    @Test
    void listsCodesByKind() {
        TradeRegistry registry = new TradeRegistry(List.of(new Gardening(), new Crafts(), new Cleaning()));
        assertEquals(List.of("cleaning", "gardening"), registry.codesOf(TradeKind.SERVICE));
        assertEquals(List.of("crafts"), registry.codesOf(TradeKind.PRODUCT));
    }

    @Test
    void anEmptyRegistryHasNothing() {
        TradeRegistry registry = new TradeRegistry(List.of());
        assertEquals(List.of(), registry.all());
        assertEquals(List.of(), registry.codesOf(TradeKind.SERVICE));
    }

    @Test
    void discoversTradesListedAsServices(@TempDir Path jar) throws IOException {
        Path services = jar.resolve("META-INF/services/coop.market.spi.Trade");
        Files.createDirectories(services.getParent());
        Files.writeString(services, "# a plugin jar's service file\n" + Discoverable.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                getClass().getClassLoader())) {
            TradeRegistry registry = TradeRegistry.discover(loader);
            Trade found = registry.find("discoverable").orElseThrow();
            assertEquals(Discoverable.class, found.getClass());
            assertEquals(List.of("discoverable"), registry.codesOf(TradeKind.PRODUCT));
            assertEquals(Money.gbp(900), found.price(new PricingRequest(Money.gbp(900), PriceUnit.ITEM,
                    AttributeValues.defaults(List.of()), AttributeValues.defaults(List.of()), 0, 1,
                    java.time.LocalDate.of(2026, 5, 1))).total());
        }
    }
}
