package hallq.protocol;

/**
 * A person's name as shown in public (boards, MQTT topics anyone in the hall may read, printed
 * notices): 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明; a Latin name keeps the first letter of
 * each part (Li Ming → L** M***). Staff consoles show the full name; everything public shows this.
 */
public final class PersonName {
    private PersonName() {
    }

    /** The masked form; null stays null, blank stays blank. */
    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        if (n.codePoints().anyMatch(Character::isWhitespace)) {
            StringBuilder out = new StringBuilder();
            for (String part : n.split("\\s+")) {
                out.append(out.isEmpty() ? "" : " ").append(maskWord(part, false));
            }
            return out.toString();
        }
        return maskWord(n, isHan(n));
    }

    private static String maskWord(String word, boolean han) {
        int[] cps = word.codePoints().toArray();
        if (cps.length == 1) {
            return word;
        }
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (!han || cps.length == 2) {
            return out.append("*".repeat(cps.length - 1)).toString();
        }
        return out.append("*".repeat(cps.length - 2)).appendCodePoint(cps[cps.length - 1]).toString();
    }

    private static boolean isHan(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c == '·' || c == '•');
    }
}
