package hallq.kiosk.voice;

import hallq.kiosk.i18n.Lang;

/** Where spoken prompts go. {@code play} returns at once; a newer prompt cuts one still playing. */
public interface AudioPort {

    void play(VoicePrompt prompt, Lang lang);

    /** Plays nothing: no audio device, or {@code --voice off}. */
    AudioPort SILENT = (prompt, lang) -> { };
}
