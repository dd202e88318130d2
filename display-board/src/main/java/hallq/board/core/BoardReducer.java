package hallq.board.core;

import hallq.board.core.BoardInput.Call;
import hallq.board.core.BoardInput.Message;
import hallq.board.core.BoardInput.QueueUpdate;
import hallq.board.core.BoardInput.Snapshot;
import hallq.board.core.BoardInput.Status;
import hallq.board.core.BoardInput.WindowUpdate;
import hallq.board.core.SequenceCheck.Verdict;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.HallSnapshot;
import hallq.protocol.mqtt.HallStatus;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The pure heart of every board: {@code reduce(state, input, now)}, no I/O, no clock of its own. */
public final class BoardReducer {
    private static final int PAST_EPOCHS_KEPT = 8;
    private final BoardSettings settings;

    public BoardReducer(BoardSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public BoardState reduce(BoardState state, BoardInput input, Instant now) {
        BoardState.Changes c = state.edit();
        if (input instanceof Message m) {
            receive(c, m, now);
        } else if (input instanceof BoardInput.Connected) {
            c.linkUp = true;
            c.seqs.clear(); // retained state follows; the epoch is kept to spot a controller restart
            c.resync = ResyncReason.NONE; // subscribing again re-reads every retained topic
        } else if (input instanceof BoardInput.Disconnected) {
            c.linkUp = false;
        } else if (input instanceof BoardInput.ResyncStarted) {
            c.resync = ResyncReason.NONE;
            c.resyncCount++;
        }
        c.health = healthAt(c.lastHeard, c.linkUp, now);
        return state.with(c);
    }

    private Health healthAt(Instant lastHeard, boolean linkUp, Instant now) {
        if (lastHeard == null) {
            // "no broker" and "broker up, controller silent" need different people to act
            return linkUp ? Health.AWAITING_CONTROLLER : Health.WAITING;
        }
        return Duration.between(lastHeard, now).compareTo(settings.staleAfter()) > 0
                ? Health.CONNECTION_LOST : Health.LIVE;
    }

    private void receive(BoardState.Changes c, Message m, Instant now) {
        Stamp stamp = m.stamp();
        c.lastHeard = now;
        c.linkUp = true;
        Verdict verdict = SequenceCheck.check(c.epoch, c.pastEpochs, c.seqs, stamp);
        switch (verdict) {
            case DUPLICATE, PAST_EPOCH -> {
                return;
            }
            case NEW_EPOCH -> {
                c.pastEpochs = retire(c.pastEpochs, c.epoch);
                c.seqs.clear();
                c.resync = ResyncReason.EPOCH_CHANGED;
                // whichever topic shows the restart first: the old calls are no longer vouched for
                c.recentCalls = List.of();
            }
            case GAP -> {
                if (c.resync == ResyncReason.NONE) {
                    c.resync = ResyncReason.SEQ_GAP;
                }
            }
            case FIRST, NEXT -> {
            }
        }
        c.epoch = stamp.epoch();
        c.seqs.put(stamp.topic(), stamp.seq());
        if (m instanceof Snapshot s) {
            applySnapshot(c, s.hall());
        } else if (m instanceof Status s) {
            applyStatus(c, s.hall());
        } else if (m instanceof WindowUpdate w) {
            applyWindow(c, w.window());
        } else if (m instanceof QueueUpdate q) {
            applyQueue(c, q.queue());
        } else if (m instanceof Call call) {
            applyCall(c, call.call());
        }
    }

    /** Remembers the epoch left behind, so its leftover retained messages cannot switch the board back. */
    private static List<String> retire(List<String> past, String epoch) {
        List<String> out = new ArrayList<>(past);
        out.add(epoch);
        return out.size() > PAST_EPOCHS_KEPT ? out.subList(out.size() - PAST_EPOCHS_KEPT, out.size()) : out;
    }

    private void applySnapshot(BoardState.Changes c, HallSnapshot hall) {
        if (hall == null) {
            return;
        }
        applyStatus(c, HallStatus.of(hall));
        c.windows.clear();
        if (hall.windows() != null) {
            hall.windows().forEach(w -> c.windows.put(w.number(), w));
        }
        c.queues.clear();
        if (hall.queues() != null) {
            hall.queues().forEach(q -> c.queues.put(q.id(), q));
        }
    }

    /** The hall's name, business day and last calls: all of a snapshot but its windows and queues. */
    private void applyStatus(BoardState.Changes c, HallStatus hall) {
        if (hall == null) {
            return;
        }
        boolean newDay = c.businessDate != null && !c.businessDate.equals(hall.businessDate());
        c.hallName = hall.hallName();
        c.hotline = hall.hotline();
        c.businessDate = hall.businessDate();
        c.recentCalls = newDay
                ? CallList.sorted(hall.recentCalls(), settings.maxCalls())
                : CallList.merge(c.recentCalls, hall.recentCalls(), settings.maxCalls());
    }

    private void applyWindow(BoardState.Changes c, WindowView w) {
        if (w != null) {
            c.windows.put(w.number(), w);
        }
    }

    private void applyQueue(BoardState.Changes c, ServiceView q) {
        if (q != null && q.id() != null) {
            c.queues.put(q.id(), q);
        }
    }

    private void applyCall(BoardState.Changes c, CallEvent call) {
        if (call == null || call.ticket() == null) {
            return;
        }
        c.recentCalls = CallList.push(c.recentCalls, call, settings.maxCalls());
        c.callSerial++;
        WindowView w = c.windows.get(call.window());
        if (w != null) {
            c.windows.put(w.number(), new WindowView(w.number(), w.name(), w.department(), w.state(), w.services(),
                    w.standby(), w.clerk(), call.ticket(), "CALLED", call.serviceName(), call.calledAt()));
        }
    }
}
