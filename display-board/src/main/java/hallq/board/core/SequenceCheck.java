package hallq.board.core;

import java.util.List;
import java.util.Map;

/** Classifies a message against the last seq seen on its topic and the publisher's epoch. */
final class SequenceCheck {
    enum Verdict {
        /** First message on the topic since (re)subscribing: nothing to compare. */
        FIRST,
        /** Exactly the next seq. */
        NEXT,
        /** Already seen (a QoS 1 redelivery or a retained copy after resubscribing): ignore. */
        DUPLICATE,
        /** Seqs were skipped: something was missed. */
        GAP,
        /** A different publisher epoch (the controller restarted). */
        NEW_EPOCH,
        /** An epoch already left behind: a retained copy from before the restart, not yet overwritten. */
        PAST_EPOCH
    }

    private SequenceCheck() {
    }

    static Verdict check(String knownEpoch, List<String> pastEpochs, Map<String, Long> seqs, Stamp stamp) {
        if (pastEpochs.contains(stamp.epoch())) {
            return Verdict.PAST_EPOCH;
        }
        if (knownEpoch != null && !knownEpoch.equals(stamp.epoch())) {
            return Verdict.NEW_EPOCH;
        }
        Long last = seqs.get(stamp.topic());
        if (last == null) {
            return Verdict.FIRST;
        }
        if (stamp.seq() <= last) {
            return Verdict.DUPLICATE;
        }
        return stamp.seq() == last + 1 ? Verdict.NEXT : Verdict.GAP;
    }
}
