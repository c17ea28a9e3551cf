package coop.market.infrastructure.images;

import coop.market.domain.listing.PhotoPreparer;
import coop.market.domain.listing.PreparedPhoto;
import coop.market.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes an upload into a shop photo with the JDK's ImageIO: JPEG or PNG in; turned the way the phone
 * meant; scaled to at most {@link #LONGEST_SIDE} pixels; out as a JPEG written afresh, so nothing of the
 * original file (the camera's metadata, often where the picture was taken) reaches the shop.
 */
@ApplicationScoped
public class ImageIoPhotoPreparer implements PhotoPreparer {

    /** Wide enough for a large screen, small enough to load quickly on a phone. */
    static final int LONGEST_SIDE = 1600;

    /** A picture with more pixels than this is refused unread: decoding it could take the server's memory. */
    static final long MOST_PIXELS = 60_000_000L;

    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final float QUALITY = 0.85f;

    @Override
    public PreparedPhoto prepare(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused("Choose a photo to add");
        }
        if (upload.length > MOST_BYTES) {
            throw refused(TOO_BIG);
        }
        BufferedImage shop = scaled(turned(read(upload), ExifOrientation.of(upload)));
        return new PreparedPhoto(jpeg(shop), shop.getWidth(), shop.getHeight());
    }

    private static BufferedImage read(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    try {
                        return read(reader, input);
                    } finally {
                        reader.dispose();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // said below
        }
        throw refused("That file is not a photo we can use. Please choose a JPEG or PNG picture.");
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream input) throws IOException {
        reader.setInput(input, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MOST_PIXELS) {
            throw refused("That photo has too many pixels. Please choose a smaller one.");
        }
        // Large pictures are decoded at a fraction of their size straight away: quicker, and far less memory.
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / LONGEST_SIDE);
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
    }

    /** The picture turned (or mirrored) as its EXIF orientation says. */
    static BufferedImage turned(BufferedImage picture, int orientation) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        AffineTransform turn = new AffineTransform();
        boolean sideways = orientation >= 5;
        switch (orientation) {
            case 2 -> turn.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> turn.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> turn.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> turn.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> turn.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> turn.setTransform(0, -1, -1, 0, h, w);
            case 8 -> turn.setTransform(0, -1, 1, 0, 0, w);
            default -> {
                return picture;
            }
        }
        BufferedImage upright = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(picture, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /** At most LONGEST_SIDE pixels on the longer side, on white (a PNG's transparent parts would go black). */
    private static BufferedImage scaled(BufferedImage picture) {
        double factor = Math.min(1.0, (double) LONGEST_SIDE / Math.max(picture.getWidth(), picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage picture) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("photo", message);
    }
}
