package coop.market.web.rest;

import coop.market.domain.audit.AuditEntry;
import java.time.ZoneId;

/** One thing done on a member's behalf: when, by whom, what. */
public record AuditEntryDto(String at, String by, String action, String detail) {

    static AuditEntryDto of(AuditEntry entry, ZoneId zone) {
        return new AuditEntryDto(Times.format(entry.occurredAt(), zone), entry.actorEmail(), entry.action(),
                entry.detail());
    }
}
