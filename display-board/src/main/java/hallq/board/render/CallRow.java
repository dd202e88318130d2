package hallq.board.render;

import hallq.protocol.mqtt.CallEvent;

/** One call as drawn: "A023" → "5号窗口", flagged when it is a recall. */
public record CallRow(String ticket, String windowLabel, boolean recall, boolean highlighted) {

    public static CallRow of(CallEvent call, boolean highlighted) {
        return new CallRow(call.ticket(), call.window() + "号窗口", call.recall(), highlighted);
    }

    /** The sentence on screen, matching the voice: 请 A023 号 (再次) 到 5号窗口 办理. */
    public String sentence() {
        return "请 " + ticket + " 号 " + (recall ? "再次 " : "") + "到 " + windowLabel + " 办理";
    }
}
