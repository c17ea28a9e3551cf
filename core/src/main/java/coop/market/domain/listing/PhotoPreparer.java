package coop.market.domain.listing;

/**
 * Turns an uploaded file into a photo for the shop (an adapter does the image work). A file that is
 * not a picture, or is far too large, is refused with an {@code InvalidInputException} on the field "photo".
 */
public interface PhotoPreparer {

    /** Uploads larger than this are refused before any decoding: 10 MB, more than any phone photo needs. */
    int MOST_BYTES = 10 * 1024 * 1024;

    /** What a person is told about a larger one. */
    String TOO_BIG = "That photo is over 10 MB. Please choose a smaller one.";

    PreparedPhoto prepare(byte[] upload);
}
