package coop.market.domain.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A self-employed trader who sells through the co-op: what trades they do and which postcode
 * districts they will travel to.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    private String id;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_trade", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "trade_code")
    private Set<String> trades = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_service_area", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "outward_code")
    private Set<String> serviceArea = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    private String story;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Member() {
    }

    /**
     * A new, active member.
     *
     * @param serviceArea outward postcodes such as "BR5", already checked
     */
    public Member(String id, String displayName, String email, Set<String> trades, Set<String> serviceArea,
            String story, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email.strip().toLowerCase(Locale.ROOT);
        if (trades.isEmpty()) {
            throw new IllegalArgumentException("A member needs at least one trade");
        }
        this.trades = new TreeSet<>(trades);
        this.serviceArea = new TreeSet<>(serviceArea);
        this.story = story;
        this.status = MemberStatus.ACTIVE;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Staff correcting or updating what the co-op holds about the member.
     *
     * @param serviceArea outward postcodes such as "BR5", already checked
     * @param story       a few words for the shop, or null for none
     */
    public void changeDetails(String displayName, String email, Set<String> trades, Set<String> serviceArea,
            String story) {
        if (trades.isEmpty()) {
            throw new IllegalArgumentException("A member needs at least one trade");
        }
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.trades = new TreeSet<>(trades);
        this.serviceArea = new TreeSet<>(serviceArea);
        this.story = story;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** What customers see: the first name only, to keep members' privacy. */
    public String firstName() {
        return firstNameOf(displayName);
    }

    /** "Daniel" for "Daniel Hughes": how the shop and the e-mails name a member. */
    public static String firstNameOf(String displayName) {
        return displayName.strip().split("\\s+")[0];
    }

    public String email() {
        return email;
    }

    public Set<String> trades() {
        return Collections.unmodifiableSet(trades);
    }

    public boolean does(String tradeCode) {
        return trades.contains(tradeCode);
    }

    public Set<String> serviceArea() {
        return Collections.unmodifiableSet(serviceArea);
    }

    public MemberStatus status() {
        return status;
    }

    public String story() {
        return story;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
