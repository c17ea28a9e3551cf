package coop.market.web.faces;

import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * The plain forms of pages with several: each form's submit button is named {@code act} and says which form it
 * is, so each part of the page handles only its own form.
 */
final class Forms {

    private Forms() {
    }

    /** The fields sent, when this request is a postback of the form whose button says {@code act}; else null. */
    static Map<String, String> sentBy(String act) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
        return faces.isPostback() && act.equals(form.get("act")) ? form : null;
    }
}
