package hallq.board.voice;

import hallq.protocol.mqtt.CallEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What to say for a call, as text and as the clip names that make it up:
 * 请 A023 号 (再次) 到 5 号窗口 办理. Ticket characters are read one by one (A 零 二 三), the window
 * number as a Chinese number (27 → 二十七).
 */
public record Announcement(String ticket, int window, boolean recall, String text, List<String> clips) {
    public Announcement {
        clips = List.copyOf(clips);
    }

    public static Announcement of(CallEvent call) {
        List<String> clips = new ArrayList<>();
        clips.add("qing");
        for (char ch : call.ticket().toUpperCase().toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                clips.add("d" + ch);
            } else if (ch >= 'A' && ch <= 'Z') {
                clips.add("letter-" + Character.toLowerCase(ch));
            }
        }
        clips.add("hao");
        if (call.recall()) {
            clips.add("zaici");
        }
        clips.add("dao");
        clips.addAll(ChineseNumber.clips(call.window()));
        clips.add("haochuangkou");
        clips.add("banli");
        String text = "请 " + call.ticket() + " 号 " + (call.recall() ? "再次 " : "") + "到 " + call.window()
                + " 号窗口 办理";
        return new Announcement(call.ticket(), call.window(), call.recall(), text, clips);
    }
}
