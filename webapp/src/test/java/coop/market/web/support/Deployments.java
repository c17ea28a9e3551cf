package coop.market.web.support;

import coop.market.spi.Trade;
import coop.market.web.testtrade.WindowCleaningTrade;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application under test: the real WAR the build made, plus one extra trade plugin jar that
 * exists only in the tests.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive coopMarket() {
        File war = new File(System.getProperty("coopmarket.war", "target/coopmarket.war"));
        JavaArchive windowCleaning = ShrinkWrap.create(JavaArchive.class, "trade-window-cleaning.jar")
                .addClass(WindowCleaningTrade.class)
                .addClass(WindowCleaningTrade.class.getName() + "$1")
                .addAsServiceProvider(Trade.class, WindowCleaningTrade.class)
                .addAsResource(new StringAsset("<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" "
                        + "xmlns:ui=\"jakarta.faces.facelets\"><p>Windows</p></ui:composition>"),
                        "META-INF/resources/trade/window-cleaning/options.xhtml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(windowCleaning);
    }
}
