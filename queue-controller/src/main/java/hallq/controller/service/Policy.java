package hallq.controller.service;

import hallq.controller.core.PolicyBook;
import hallq.protocol.config.PolicyConfig;

/** The window-opening policy as managers steer it: its settings and the proposals they confirm or refuse. */
public final class Policy {
    private final HallWriter writer;

    Policy(HallWriter writer) {
        this.writer = writer;
    }

    /** A manager confirms a proposal of the window-opening policy (approval mode). */
    public PolicyView approve(long proposal, String actor) {
        return writer.submit((hall, now) -> hall.core().approveProposal(proposal, actor, now),
                (hall, d) -> view(hall));
    }

    public PolicyView reject(long proposal, String actor) {
        return writer.submit((hall, now) -> hall.core().rejectProposal(proposal, actor, now),
                (hall, d) -> view(hall));
    }

    /** New mode and thresholds, effective at once and kept across restarts. */
    public PolicyView change(PolicyConfig wanted) {
        return writer.submit((hall, now) -> hall.core().changePolicy(wanted), (hall, p) -> view(hall));
    }

    public PolicyView view() {
        return writer.read(Policy::view);
    }

    private static PolicyView view(HallModel hall) {
        PolicyBook book = hall.core().state().policyBook();
        return new PolicyView(hall.core().state().policy(), book.pending().stream().map(hall.views()::decision).toList());
    }
}
