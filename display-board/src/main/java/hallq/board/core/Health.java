package hallq.board.core;

/** What the board may claim about its data. */
public enum Health {
    /** Nothing heard yet and no broker connection: show 正在连接 (connecting), never invented numbers. */
    WAITING,
    /**
     * Connected to the broker, but nothing heard from the controller yet (it is not running, or not
     * publishing, or the broker does not let this board read its topics yet): show
     * 已连接，等待叫号系统数据…, never invented numbers.
     */
    AWAITING_CONTROLLER,
    /** Heard from the controller within the stale threshold: numbers are current. */
    LIVE,
    /** Silent for longer than the stale threshold: hide old numbers, show 连接中断. */
    CONNECTION_LOST
}
