package hallq.controller.core;

/**
 * A record of the hall's 政务 ledger kept beside the queue: ratings, rectification work orders, appointments and their quotas,
 * supervision notices, the city's supervision notices (督办), handovers to and from other halls (代办转报).
 * Planned by the core like every change, stored, then applied.
 */
public sealed interface LedgerEntry permits Rating, WorkOrder, Appointment, SlotQuota, Notice,
        CitySupervision, HallHandover {
}
