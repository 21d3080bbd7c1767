package dev.tandem.service.live;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.CapacityDay;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore.StockRow;
import dev.tandem.service.store.NetworkStore.TechnicianRow;

/**
 * One committed change as connected clients see it: its sequence number and type, with the rows it touched as
 * they are when the event is sent.
 *
 * @param seq the change log's sequence number; clients resume after the last one they saw
 * @param type such as {@code stock.received}, {@code transfer.approved} or {@code plan.finished}
 * @param at when the change was committed
 */
public record LiveEvent(long seq, String type, OffsetDateTime at, Optional<RecordRow> record,
        Optional<String> plan, List<StockRow> stock, List<CapacityDay> capacity, List<TechnicianRow> technicians) {

    public LiveEvent {
        Objects.requireNonNull(type, "type");
        stock = List.copyOf(stock);
        capacity = List.copyOf(capacity);
        technicians = List.copyOf(technicians);
    }

    /**
     * Whether {@code user} may see this event: the network's stock, capacity and technicians are shared with
     * every store; a ledger record only with its two stores and HQ; plans only with HQ.
     */
    public boolean visibleTo(Principal user) {
        if (user.isHq()) {
            return true;
        }
        if (plan.isPresent()) {
            return false;
        }
        return record.map(row -> row.involves(user.store().orElseThrow())).orElse(true);
    }
}
