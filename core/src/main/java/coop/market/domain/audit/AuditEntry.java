package coop.market.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing somebody did for a member: who, when, what, for which member. Written once, never
 * changed, so a member and their supporters can always see what was done in their name. Staff changing a
 * customer's details are recorded the same way, for the customer ({@link #forCustomer}).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private String id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_account_id")
    private String actorAccountId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "customer_id")
    private String customerId;

    private String action;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(String id, Instant occurredAt, String actorAccountId, String actorEmail, String memberId,
            String action, String detail) {
        this.id = Objects.requireNonNull(id);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actorAccountId = actorAccountId;
        this.actorEmail = Objects.requireNonNull(actorEmail);
        this.memberId = Objects.requireNonNull(memberId);
        this.action = Objects.requireNonNull(action);
        this.detail = detail;
    }

    /** Something done to a customer's record (staff changing their details). */
    public static AuditEntry forCustomer(String id, Instant occurredAt, String actorAccountId, String actorEmail,
            String customerId, String action, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = Objects.requireNonNull(id);
        entry.occurredAt = Objects.requireNonNull(occurredAt);
        entry.actorAccountId = actorAccountId;
        entry.actorEmail = Objects.requireNonNull(actorEmail);
        entry.customerId = Objects.requireNonNull(customerId);
        entry.action = Objects.requireNonNull(action);
        entry.detail = detail;
        return entry;
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorAccountId() {
        return actorAccountId;
    }

    public String actorEmail() {
        return actorEmail;
    }

    public String memberId() {
        return memberId;
    }

    /** The customer it was done to, or null when it was done for a member. */
    public String customerId() {
        return customerId;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
