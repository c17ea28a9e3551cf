package coop.market.infrastructure.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.listing.PhotoPreparer;
import coop.market.domain.listing.PreparedPhoto;
import coop.market.domain.shared.InvalidInputException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageIoPhotoPreparerTest {

    private final ImageIoPhotoPreparer preparer = new ImageIoPhotoPreparer();

    @Test
    void aLargePngBecomesAJpegOfAtMost1600PixelsOnWhite() throws IOException {
        BufferedImage wide = new BufferedImage(3200, 1000, BufferedImage.TYPE_INT_ARGB); // all transparent
        wide.setRGB(3100, 900, Color.RED.getRGB());

        PreparedPhoto photo = preparer.prepare(encode(wide, "png"));

        assertEquals(1600, photo.width());
        assertEquals(500, photo.height());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertEquals(1600, back.getWidth());
        assertTrue(isWhite(back.getRGB(10, 10)), "transparent parts are white, not black");
        assertEquals((byte) 0xFF, photo.jpeg()[0]);
        assertEquals((byte) 0xD8, photo.jpeg()[1]);
    }

    @Test
    void aPhonePortraitIsTurnedUprightAndLosesItsCameraData() throws IOException {
        // As a phone stores a portrait: the sensor's landscape picture, and "turn a quarter clockwise" in EXIF.
        BufferedImage sensor = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 200; y++) {
                sensor.setRGB(x, y, y < 100 ? Color.BLUE.getRGB() : Color.WHITE.getRGB()); // blue along the top
            }
        }
        byte[] upload = withExifOrientation(encode(sensor, "jpeg"), 6);
        assertEquals(6, ExifOrientation.of(upload));

        PreparedPhoto photo = preparer.prepare(upload);

        assertEquals(200, photo.width());
        assertEquals(400, photo.height());
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertTrue(isBlue(upright.getRGB(150, 200)), "the sensor's top edge is now on the right");
        assertTrue(isWhite(upright.getRGB(50, 200)));
        assertFalse(new String(photo.jpeg(), StandardCharsets.ISO_8859_1).contains("Exif"), "no camera data left");
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(photo.jpeg()));
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedInWords() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> preparer.prepare("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("photo", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("JPEG or PNG"));

        assertThrows(InvalidInputException.class, () -> preparer.prepare(new byte[0]));
        assertThrows(InvalidInputException.class,
                () -> preparer.prepare(new byte[PhotoPreparer.MOST_BYTES + 1]));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 EXIF block holding only an orientation tag, straight after its start marker. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first directory at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation, SHORT, 1 value
            0, 0, 0, 0}; // no next directory
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean isWhite(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 240 && c.getGreen() > 240 && c.getBlue() > 240;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60;
    }
}
