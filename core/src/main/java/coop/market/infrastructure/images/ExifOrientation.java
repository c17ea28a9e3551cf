package coop.market.infrastructure.images;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Which way up a phone meant its JPEG to be shown. Phones store the picture as the sensor saw it and
 * say in the EXIF block how to turn it; ImageIO does not read that, so without this, portrait photos
 * would come out lying on their side. Values as EXIF defines them: 1 is upright, 3 upside down, 6 turned
 * a quarter clockwise, 8 a quarter anticlockwise, 2, 4, 5 and 7 the mirrored forms.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation in this JPEG's EXIF block, or {@link #UPRIGHT} when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            return find(jpeg);
        } catch (RuntimeException e) {
            return UPRIGHT; // a damaged EXIF block: show the picture as stored
        }
    }

    private static int find(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return UPRIGHT;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return UPRIGHT; // the picture data starts: no EXIF before it
            }
            if (marker == 0xE1 && length >= 8 && at + 2 + length <= jpeg.length && isExif(jpeg, at + 4)) {
                return inTiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
            }
            at += 2 + length;
        }
        return UPRIGHT;
    }

    private static boolean isExif(byte[] bytes, int at) {
        return bytes[at] == 'E' && bytes[at + 1] == 'x' && bytes[at + 2] == 'i' && bytes[at + 3] == 'f'
                && bytes[at + 4] == 0 && bytes[at + 5] == 0;
    }

    /** Reads tag 0x0112 from the first image directory of a TIFF structure. */
    private static int inTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        int entries = tiff.getShort(directory) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }
}
