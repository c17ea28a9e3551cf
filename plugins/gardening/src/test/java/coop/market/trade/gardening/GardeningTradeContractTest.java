package coop.market.trade.gardening;

import coop.market.spi.Trade;
import coop.market.spi.contract.TradeContract;

/** Gardening passes core's shared contract for trade plugins. */
class GardeningTradeContractTest extends TradeContract {

    @Override
    protected Trade trade() {
        return new GardeningTrade();
    }
}
