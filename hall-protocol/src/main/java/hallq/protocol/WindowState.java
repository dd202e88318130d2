package hallq.protocol;

public enum WindowState {
    OPEN, PAUSED, CLOSED
}
