package hallq.kiosk.i18n;

/** The kiosk's display language: Chinese first, English on request. */
public enum Lang {
    ZH, EN;

    public Lang other() {
        return this == ZH ? EN : ZH;
    }
}
