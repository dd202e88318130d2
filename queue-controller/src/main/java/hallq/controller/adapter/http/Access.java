package hallq.controller.adapter.http;

import io.javalin.security.RouteRole;

/**
 * Who may call an endpoint. Every route states one where it is registered ({@link Routes}); the
 * {@link StaffGate} reads it from the matched route, and a route without one stops the server from
 * starting.
 */
enum Access implements RouteRole {
    /** Anyone on the hall LAN: citizens' pages, boards, health. Each such route is on a reviewed list (a test). */
    PUBLIC,
    /** What kiosks do: a kiosk's device login (HTTP Basic) or any staff member's session. */
    KIOSK,
    /** Any logged-in staff member. The default. */
    STAFF,
    /** Managers only. */
    MANAGER,
    /** A clerk's own work on a window assigned to them; opening, closing and reassigning are for managers. */
    WINDOW_WORK,
    /** Any logged-in staff member, about their own account. */
    OWN_ACCOUNT
}
