package hallq.protocol;

/**
 * Priority classes. Each gives a head start, measured in multiples of the service's target
 * wait, so a higher class goes first while no class can starve (see docs/decisions).
 */
public enum Priority {
    /** 绿色通道: elderly, disabled, pregnant and others in need. */
    GREEN_CHANNEL,
    /** 急事急办: urgent matter with a good reason. */
    URGENT,
    /** 预约: an appointment checked in on time. */
    APPOINTMENT,
    NORMAL
}
