package hallq.kiosk.voice;

import hallq.kiosk.ui.Screen;

/** The spoken prompts of elderly mode (适老模式), one recorded clip per language (kiosk-app/voice/make-clips.sh). */
public enum VoicePrompt {
    HOME("home"), PRIORITY("priority"), CHECK_IN("check-in"), WORKING("working"), PRINTED("printed"),
    PRINT_FAILED("print-failed"), REFUSED("refused"), HELP("help");

    /** The clip's file name without {@code .wav}. */
    public final String clip;

    VoicePrompt(String clip) {
        this.clip = clip;
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
