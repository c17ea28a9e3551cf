package coop.market.domain.shared;

/** Something looked up by its id does not exist (or is not the asker's to see). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}
