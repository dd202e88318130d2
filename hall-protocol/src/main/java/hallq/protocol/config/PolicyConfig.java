package hallq.protocol.config;

import java.time.Duration;

/**
 * The window-opening policy and routing weights. Durations accept "20m", "90s", "1h" or ISO-8601.
 * Priority head starts are in multiples of a service's target wait.
 */
public record PolicyConfig(PolicyMode mode, Duration openWhenPredictedWaitOver, Duration closeWhenBelow,
                           Duration calmFor, Duration staffLeadTime, Integer openWhenQueueLongerThan,
                           Double greenChannelHeadStart, Double urgentHeadStart,
                           Double appointmentHeadStart, Double skillPreferenceMargin) {
    public enum PolicyMode { AUTOMATIC, APPROVAL, OFF }

    public PolicyConfig {
        mode = mode == null ? PolicyMode.AUTOMATIC : mode;
        openWhenPredictedWaitOver = openWhenPredictedWaitOver == null ? Duration.ofMinutes(20) : openWhenPredictedWaitOver;
        closeWhenBelow = closeWhenBelow == null ? Duration.ofMinutes(8) : closeWhenBelow;
        calmFor = calmFor == null ? Duration.ofMinutes(15) : calmFor;
        staffLeadTime = staffLeadTime == null ? Duration.ofMinutes(5) : staffLeadTime;
        openWhenQueueLongerThan = openWhenQueueLongerThan == null ? 0 : openWhenQueueLongerThan;
        greenChannelHeadStart = greenChannelHeadStart == null ? 3.0 : greenChannelHeadStart;
        urgentHeadStart = urgentHeadStart == null ? 2.0 : urgentHeadStart;
        appointmentHeadStart = appointmentHeadStart == null ? 1.0 : appointmentHeadStart;
        skillPreferenceMargin = skillPreferenceMargin == null ? 0.1 : skillPreferenceMargin;
    }

    public static PolicyConfig defaults() {
        return new PolicyConfig(null, null, null, null, null, null, null, null, null, null);
    }
}
