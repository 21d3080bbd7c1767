package dev.tandem.service.flow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.LedgerStore.Step;

/**
 * A collaboration record as the API shows it: what was asked, where it stands, and (when read alone) every step
 * with who took it and when. Fields that do not apply to the record's kind are left out.
 *
 * @param unitsHeld units of the sender's stock held for a transfer not shipped yet
 */
public record RecordView(String id, String kind, String status, String requester, String helper, String part,
        Integer quantity, String technician, OffsetDateTime windowFrom, OffsetDateTime windowTo, LocalDate day,
        Integer unitsHeld, Integer unitsShipped, Integer unitsReceived, String planId, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, List<Step> history) {

    public static RecordView of(RecordRow row) {
        return of(row, null);
    }

    public static RecordView of(RecordRow row, List<Step> history) {
        boolean movesStock = row.part() != null;
        return new RecordView(row.id(), row.kind().name(), row.status().name(), row.requester(), row.helper(),
                row.part(), row.quantity(), row.technician(), row.windowFrom(), row.windowTo(), row.serviceDay(),
                movesStock ? row.unitsHeld() : null, movesStock ? row.unitsShipped() : null,
                movesStock ? row.unitsReceived() : null, row.planId(), row.createdBy(), row.createdAt(),
                row.updatedAt(), history);
    }
}
