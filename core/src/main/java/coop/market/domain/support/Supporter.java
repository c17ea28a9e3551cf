package coop.market.domain.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One person in a member's circle of support: whose account, in what relation ("my mum", "support
 * worker"), and whether they may answer requests or only see the work. Ended, not deleted, so the
 * audit log's history still makes sense.
 */
@Entity
@Table(name = "supporter")
public class Supporter {

    @Id
    private String id;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "account_id")
    private String accountId;

    private String relationship;

    @Column(name = "can_answer")
    private boolean canAnswer;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Supporter() {
    }

    public Supporter(String id, String memberId, String accountId, String relationship, boolean canAnswer,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.memberId = Objects.requireNonNull(memberId);
        this.accountId = Objects.requireNonNull(accountId);
        this.relationship = Objects.requireNonNull(relationship);
        this.canAnswer = canAnswer;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public boolean active() {
        return endedAt == null;
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String accountId() {
        return accountId;
    }

    public String relationship() {
        return relationship;
    }

    public boolean canAnswer() {
        return canAnswer;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
