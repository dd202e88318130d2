package hallq.board.core;

/** What the board may claim about its data. */
public enum Health {
    /** Nothing heard yet since start-up: show "connecting", never invented numbers. */
    WAITING,
    /** Heard from the controller within the stale threshold: numbers are current. */
    LIVE,
    /** Silent for longer than the stale threshold: hide old numbers, show 连接中断. */
    CONNECTION_LOST
}
