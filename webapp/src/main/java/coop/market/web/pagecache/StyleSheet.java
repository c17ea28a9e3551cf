package coop.market.web.pagecache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The shop's style sheet as a plain file from the web container, with its content's digest in the address
 * ({@code shop.css?v=...}), so browsers may keep it for a year and a changed sheet is a new address. Not through
 * Faces' resource handler: MyFaces reads a style sheet a byte at a time, looking for expressions in it, 11-13 ms of
 * CPU a request (docs/PERFORMANCE.md, storefront).
 */
@Named
@ApplicationScoped
public class StyleSheet {

    static final String PATH = "/resources/css/shop.css";

    @Inject
    ServletContext servletContext;

    private volatile String version;

    /** The address pages link to. */
    public String getHref() {
        return servletContext.getContextPath() + PATH + "?v=" + version();
    }

    /** The first 12 hex digits of the SHA-256 of the file. */
    public String version() {
        if (version == null) {
            try (InputStream file = servletContext.getResourceAsStream(PATH)) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(file.readAllBytes());
                version = HexFormat.of().formatHex(digest, 0, 6);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return version;
    }
}
