package hallq.kiosk.voice;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.ui.KioskState;
import hallq.kiosk.ui.KioskViewModel;
import hallq.kiosk.ui.Screen;

/**
 * Speaks in elderly mode: the prompt of each screen as it appears (and of the current screen when
 * the mode is switched on or the language changes), and 已通知工作人员 when help is called. Silent
 * in the standard mode.
 */
public final class VoicePrompter {

    private final AudioPort audio;
    private Screen screen;
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
        boolean newScreen = s.screen() != screen || s.lang() != lang || (s.elderly() && !elderly);
        boolean helpCalled = s.helpRaised() && !help;
        screen = s.screen();
        lang = s.lang();
        elderly = s.elderly();
        help = s.helpRaised();
        if (!s.elderly()) {
            return;
        }
        if (helpCalled) {
            audio.play(VoicePrompt.HELP, s.lang());
        } else if (newScreen && VoicePrompt.forScreen(s.screen()) != null) {
            audio.play(VoicePrompt.forScreen(s.screen()), s.lang());
        }
    }
}
