package coop.market.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The basket link in every page's header, with how many things are in it. A visitor without a session has an empty
 * basket: looking is not allowed to start a session (the shop's pages are read far more often than bought from).
 */
@Named
@RequestScoped
public class BasketLink {

    @Inject
    Instance<ShopBasket> basket;

    public int getCount() {
        boolean session = FacesContext.getCurrentInstance().getExternalContext().getSession(false) != null;
        return session ? basket.get().size() : 0;
    }
}
