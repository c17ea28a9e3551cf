package coop.market.domain.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A request someone sent with an idempotency key, and, once answered, the answer. While the
 * status is {@link #IN_PROGRESS} the first request is still being worked on.
 */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    public static final int IN_PROGRESS = 0;

    /** The composite key: a key is unique per caller, so one caller can never replay another's answer. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String caller;
        private String requestKey;

        public Key() {
        }

        public Key(String caller, String requestKey) {
            this.caller = caller;
            this.requestKey = requestKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(caller, other.caller)
                    && Objects.equals(requestKey, other.requestKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, requestKey);
        }
    }

    @Id
    private String caller;

    @Id
    @Column(name = "request_key")
    private String requestKey;

    @Column(name = "request_line")
    private String requestLine;

    @Column(name = "request_hash")
    private String requestHash;

    private int status;

    @Column(name = "content_type")
    private String contentType;

    private String location;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(String caller, String requestKey, String requestLine, String requestHash,
            Instant createdAt) {
        this.caller = Objects.requireNonNull(caller);
        this.requestKey = Objects.requireNonNull(requestKey);
        this.requestLine = Objects.requireNonNull(requestLine);
        this.requestHash = Objects.requireNonNull(requestHash);
        this.status = IN_PROGRESS;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Keeps the first answer, to be given again to every retry. */
    public void answer(int status, String contentType, String location, String body) {
        if (this.status != IN_PROGRESS) {
            throw new IllegalStateException("This request was already answered");
        }
        this.status = status;
        this.contentType = contentType;
        this.location = location;
        this.responseBody = body;
    }

    /** Whether a retry sent the same thing as the first request. */
    public boolean sameRequest(String line, String hash) {
        return requestLine.equals(line) && requestHash.equals(hash);
    }

    public boolean answered() {
        return status != IN_PROGRESS;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String location() {
        return location;
    }

    public String responseBody() {
        return responseBody;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
