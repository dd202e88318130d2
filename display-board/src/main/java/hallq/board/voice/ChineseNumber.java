package hallq.board.voice;

import java.util.ArrayList;
import java.util.List;

/** A window number spoken the Chinese way, as clip names: 5 → 五, 12 → 十二, 27 → 二十七, 105 → 一百零五. */
final class ChineseNumber {
    private ChineseNumber() {
    }

    static List<String> clips(int n) {
        List<String> out = new ArrayList<>();
        if (n < 0 || n > 999) {
            String.valueOf(Math.abs(n)).chars().forEach(c -> out.add("d" + (char) c));
            return out;
        }
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            out.add("d" + hundreds);
            out.add("bai");
        }
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) {
                out.add("d" + tens);
            }
            out.add("shi");
        } else if (hundreds > 0 && ones > 0) {
            out.add("d0");
        }
        if (ones > 0 || n == 0) {
            out.add("d" + ones);
        }
        return out;
    }
}
