package hallq.kiosk.i18n;

import java.util.Objects;

/** A sentence for the screen in both languages. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
