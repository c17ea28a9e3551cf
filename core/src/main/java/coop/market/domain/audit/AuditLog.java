package coop.market.domain.audit;

import java.util.List;

/** The append-only record of actions taken on members' behalf. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** A member's entries, newest first. */
    List<AuditEntry> forMember(String memberId, int limit);

    /** What staff changed of a customer's record, newest first. */
    List<AuditEntry> forCustomer(String customerId, int limit);
}
