package coop.market.domain.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One invoice run: who started it, when, and up to which day it invoiced. */
@Entity
@Table(name = "invoice_run")
public class InvoiceRun {

    @Id
    private String id;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by")
    private String startedBy;

    protected InvoiceRun() {
    }

    public InvoiceRun(String id, LocalDate periodEnd, Instant startedAt, String startedBy) {
        this.id = Objects.requireNonNull(id);
        this.periodEnd = Objects.requireNonNull(periodEnd);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.startedBy = Objects.requireNonNull(startedBy);
    }

    public String id() {
        return id;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }
}
