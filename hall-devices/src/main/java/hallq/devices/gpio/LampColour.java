package hallq.devices.gpio;

/** What a kiosk status lamp shows: green = taking tickets, red = out of service. */
public enum LampColour {
    OFF, GREEN, RED
}
