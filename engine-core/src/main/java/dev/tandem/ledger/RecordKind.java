package dev.tandem.ledger;

/** The four kinds of collaboration the ledger records, one per SOP of the playbook plus dead-stock revival. */
public enum RecordKind {
    /** An emergency part transfer (紧急调拨): a store sends parts to another whose customer waits. */
    TRANSFER,
    /** A technician support trip (技师支援): a store lends a technician to another for a fault beyond its skill. */
    SUPPORT,
    /** A customer diversion (客户分流): an overloaded store sends a customer to a nearby store with room. */
    DIVERSION,
    /** A dead-stock revival (呆滞盘活): a store sends stock that has not moved to a store that needs it. */
    DEAD_STOCK_REVIVAL
}
