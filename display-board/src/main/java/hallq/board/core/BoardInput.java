package hallq.board.core;

import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.HallStatus;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;

/** Everything that can change what a board shows: decoded messages, link events and clock ticks. */
public sealed interface BoardInput {

    /** A decoded protocol message, with its stamp for gap and epoch detection. */
    sealed interface Message extends BoardInput {
        Stamp stamp();
    }

    /** The retained whole-hall snapshot (also the controller's heartbeat). */
    record Snapshot(Stamp stamp, HallSnapshot hall) implements Message {
    }

    /** The retained hall status (name, business day, last calls): a window board's heartbeat. */
    record Status(Stamp stamp, HallStatus hall) implements Message {
    }

    /** The retained state of one window. */
    record WindowUpdate(Stamp stamp, WindowView window) implements Message {
    }

    /** The retained waiting count and predicted wait of one service. */
    record QueueUpdate(Stamp stamp, ServiceView queue) implements Message {
    }

    /** A ticket called (or recalled) to a window. */
    record Call(Stamp stamp, CallEvent call) implements Message {
    }

    /**
     * Connected (or reconnected) to the broker; the subscriber is subscribing, and the retained state
     * follows once the broker grants the subscriptions.
     */
    record Connected() implements BoardInput {
    }

    /** The broker link dropped; the subscriber is reconnecting on its own. */
    record Disconnected(String reason) implements BoardInput {
    }

    /** The subscriber has started to resubscribe the retained topics after a gap or a new epoch. */
    record ResyncStarted() implements BoardInput {
    }

    /** Time passes: lets a silent board notice that it went stale. */
    record Tick() implements BoardInput {
    }
}
