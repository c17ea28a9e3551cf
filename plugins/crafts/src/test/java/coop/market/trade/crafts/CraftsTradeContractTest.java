package coop.market.trade.crafts;

import coop.market.spi.Trade;
import coop.market.spi.contract.TradeContract;

/** Crafts passes core's shared contract for trade plugins. */
class CraftsTradeContractTest extends TradeContract {

    @Override
    protected Trade trade() {
        return new CraftsTrade();
    }
}
