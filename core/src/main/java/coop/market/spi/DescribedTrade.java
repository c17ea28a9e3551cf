package coop.market.spi;

import java.util.List;
import java.util.Objects;

/**
 * A convenient base for a trade: it holds what the trade says about itself (code, name,
 * description, kind and options), so a plugin writes only its pricing and rules.
 */
public abstract class DescribedTrade implements Trade {

    private final String code;
    private final String name;
    private final String description;
    private final TradeKind kind;
    private final List<AttributeDefinition> listingAttributes;
    private final List<AttributeDefinition> requestAttributes;

    protected DescribedTrade(String code, String name, String description, TradeKind kind,
            List<AttributeDefinition> listingAttributes, List<AttributeDefinition> requestAttributes) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.listingAttributes = List.copyOf(listingAttributes);
        this.requestAttributes = List.copyOf(requestAttributes);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final TradeKind kind() {
        return kind;
    }

    @Override
    public final List<AttributeDefinition> listingAttributes() {
        return listingAttributes;
    }

    @Override
    public final List<AttributeDefinition> requestAttributes() {
        return requestAttributes;
    }
}
