package hallq.kiosk.ui;

import java.util.List;

/**
 * The kiosk's pictograms, by name only (the view draws them from {@code icons.properties}, path
 * data on a 24×24 grid, shipped with the app). A service's icon is picked from words in its
 * Chinese name; a service no word matches gets the plain document.
 */
public enum Icon {
    HALL, PERSON, PASSPORT, BUSINESS, CONSTRUCTION, HOUSE, TAX, INSURANCE, FUND, CAR, PICKUP, ENQUIRY, COMPLAINT,
    DOCUMENT, HEART, CALENDAR, ID_CARD, PRINTER, PAPER_OUT, OFFLINE, LIMIT, CLOCK, CHECK, HELP, QR, CALL_BOARD, PHONE;

    private record Rule(String word, Icon icon) {
    }

    private static final List<Rule> RULES = List.of(new Rule("户籍", PERSON), new Rule("户口", PERSON),
            new Rule("出入境", PASSPORT), new Rule("护照", PASSPORT), new Rule("企业", BUSINESS),
            new Rule("工商", BUSINESS), new Rule("工程", CONSTRUCTION), new Rule("建设", CONSTRUCTION),
            new Rule("不动产", HOUSE), new Rule("公积金", FUND), new Rule("房", HOUSE), new Rule("税", TAX),
            new Rule("社保", INSURANCE), new Rule("医保", INSURANCE), new Rule("交通", CAR), new Rule("车", CAR),
            new Rule("出件", PICKUP), new Rule("领证", PICKUP), new Rule("咨询", ENQUIRY),
            new Rule("反映", COMPLAINT), new Rule("投诉", COMPLAINT));

    /** The icon for a service named {@code nameZh}: the first word of the rules it contains. */
    public static Icon forService(String nameZh) {
        String name = nameZh == null ? "" : nameZh;
        return RULES.stream().filter(r -> name.contains(r.word())).map(Rule::icon).findFirst().orElse(DOCUMENT);
    }
}
