package coop.market.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Optional;

/**
 * A form sent from a page whose server-side state has gone (the page was open longer than a session lasts, or the
 * server restarted) is not an error to apologise for: the person is sent back to the same page, freshly made, which
 * says why ({@code expired=1}). Every other problem goes on to the friendly error page as before.
 */
public class ExpiredPageHandler extends ExceptionHandlerWrapper {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredPageHandler(getWrapped().getExceptionHandler());
        }
    }

    public ExpiredPageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable problem = events.next().getContext().getException();
            if (expired(problem)) {
                events.remove();
                sendBack(FacesContext.getCurrentInstance());
                break;
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** To the page the form was on: the browser's Referer when it is one of ours (it keeps the page's query). */
    private static void sendBack(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String contextPath = external.getRequestContextPath();
        String page = samePage(external.getRequestHeaderMap().get("Referer"), contextPath)
                .orElse(contextPath + external.getRequestServletPath());
        try {
            external.redirect(page + (page.contains("?") ? "&" : "?") + "expired=1");
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path and query of a referring page of this application, never another site's address. */
    static Optional<String> samePage(String referer, String contextPath) {
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
                return Optional.empty();
            }
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)expired=1", "");
            query = query.replaceAll("^&", "");
            return Optional.of(path + (query.isEmpty() ? "" : "?" + query));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
