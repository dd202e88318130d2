package hallq.kiosk.voice;

import hallq.kiosk.ui.KioskState;
import hallq.kiosk.ui.Screen;

/** The spoken prompts of elderly mode (适老模式), one recorded clip per language (kiosk-app/voice/make-clips.sh). */
public enum VoicePrompt {
    HOME("home"), PRIORITY("priority"), CHECK_IN("check-in"), WORKING("working"), PRINTED("printed"),
    PRINT_FAILED("print-failed"), REFUSED("refused"), HELP("help"),
    /** The priority screen of a service that needs the ID card, before one was read: 请将身份证放在读卡区. */
    PUT_CARD("put-card"),
    /** 爱心通道 chosen on the home screen: choose a service, it will be called first. */
    GREEN_CHANNEL("green-channel");

    /** The clip's file name without {@code .wav}. */
    public final String clip;

    VoicePrompt(String clip) {
        this.clip = clip;
    }

    /** What to say for this state: the ID card and 爱心通道 prompts before their screen's own, or null. */
    public static VoicePrompt forState(KioskState s) {
        if (s.askForCard()) {
            return PUT_CARD;
        }
        if (s.screen() == Screen.HOME && s.greenChannel()) {
            return GREEN_CHANNEL;
        }
        return forScreen(s.screen());
    }

    /** What to say when a screen appears, or null for a screen that needs no prompt. */
    public static VoicePrompt forScreen(Screen screen) {
        return switch (screen) {
            case HOME -> HOME;
            case PRIORITY -> PRIORITY;
            case CHECK_IN -> CHECK_IN;
            case WORKING -> WORKING;
            case PRINTED -> PRINTED;
            case PRINT_FAILED -> PRINT_FAILED;
            case REFUSED -> REFUSED;
            case CONFIRM_GIVE_UP, GIVEN_UP -> null;
        };
    }
}
