package coop.market.web.photos;

import coop.market.application.ListingPhotoService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /photos/{id}.jpg} (the pages write that address): a listing's photo, for anyone (the shop shows them). A photo never
 * changes once made (a new one has a new id), so browsers and proxies may keep it for a year.
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    private static final Pattern NAME = Pattern.compile("/[0-9a-f-]{1,36}\\.jpg");

    @Inject
    ListingPhotoService photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        Optional<byte[]> jpeg = name != null && NAME.matcher(name).matches()
                ? photos.jpeg(name.substring(1, name.length() - ".jpg".length())) : Optional.empty();
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLength(jpeg.get().length);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(jpeg.get());
    }
}
