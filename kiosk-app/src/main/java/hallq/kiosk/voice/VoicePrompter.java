package hallq.kiosk.voice;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.ui.KioskState;
import hallq.kiosk.ui.KioskViewModel;
import hallq.kiosk.ui.Screen;

/**
 * Speaks in elderly mode: the prompt of each screen as it appears, or of a state within it (请将身份证放在读卡区
 * on the priority screen, 爱心通道 on the home screen), again when the mode is switched on or the language
 * changes, and 已通知工作人员 when help is called. Silent in the standard mode.
 */
public final class VoicePrompter {

    private final AudioPort audio;
    private Screen screen;
    private VoicePrompt prompt;
    private Lang lang;
    private boolean elderly;
    private boolean help;

    private VoicePrompter(AudioPort audio) {
        this.audio = audio;
    }

    public static VoicePrompter attach(KioskViewModel vm, AudioPort audio) {
        VoicePrompter p = new VoicePrompter(audio);
        vm.subscribe(p::on);
        return p;
    }

    private synchronized void on(KioskState s) {
        VoicePrompt now = VoicePrompt.forState(s);
        boolean newScreen = s.screen() != screen || now != prompt || s.lang() != lang || (s.elderly() && !elderly);
        boolean helpCalled = s.helpRaised() && !help;
        screen = s.screen();
        prompt = now;
        lang = s.lang();
        elderly = s.elderly();
        help = s.helpRaised();
        if (!s.elderly()) {
            return;
        }
        if (helpCalled) {
            audio.play(VoicePrompt.HELP, s.lang());
        } else if (newScreen && now != null) {
            audio.play(now, s.lang());
        }
    }
}
