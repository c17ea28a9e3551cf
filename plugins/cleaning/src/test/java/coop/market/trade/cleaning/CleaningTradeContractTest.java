package coop.market.trade.cleaning;

import coop.market.spi.Trade;
import coop.market.spi.contract.TradeContract;

/** Cleaning passes core's shared contract for trade plugins. */
class CleaningTradeContractTest extends TradeContract {

    @Override
    protected Trade trade() {
        return new CleaningTrade();
    }
}
