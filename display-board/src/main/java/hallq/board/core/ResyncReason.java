package hallq.board.core;

/** Why the board must rebuild from retained state. */
public enum ResyncReason {
    NONE, SEQ_GAP, EPOCH_CHANGED
}
