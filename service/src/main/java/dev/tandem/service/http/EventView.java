package dev.tandem.service.http;

import java.time.OffsetDateTime;
import java.util.List;

import dev.tandem.model.CapacityDay;
import dev.tandem.service.flow.RecordView;
import dev.tandem.service.live.LiveEvent;
import dev.tandem.service.store.NetworkStore.StockRow;
import dev.tandem.service.store.NetworkStore.TechnicianRow;

/** A live event as clients receive it (the {@code data} of a server-sent event, or an item of /api/changes). */
record EventView(long seq, String type, OffsetDateTime at, RecordView record, String plan, List<StockRow> stock,
        List<CapacityDay> capacity, List<TechnicianRow> technicians) {

    static EventView of(LiveEvent event) {
        return new EventView(event.seq(), event.type(), event.at(), event.record().map(RecordView::of).orElse(null),
                event.plan().orElse(null), event.stock(), event.capacity(), event.technicians());
    }
}
