package hallq.board.adapter.mqtt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the timestamps the controller writes ({@code 2025-03-03T09:30:00+08:00}, with or without a
 * fraction of a second, or {@code Z}) without {@code DateTimeFormatter}: a hall snapshot carries one per
 * window, and parsing them that way took more than half of decoding it. Any other text or token goes
 * to Jackson's own deserializer, so what is accepted, and how, does not change.
 */
final class IsoOffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    IsoOffsetDateTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            OffsetDateTime t = parse(p.getText());
            if (t != null) {
                return t;
            }
        }
        return InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctx);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or null for anything else (left to the full parser). */
    static OffsetDateTime parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int i = 19;
        int nano = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nano = nano * 10 + (s.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(s, i);
        if (offset == null || (year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // Feb 30, 24:00 …: the full parser says what is wrong
        }
    }

    private static ZoneOffset offset(String s, int i) {
        int n = s.length();
        if (i == n - 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = i < n ? s.charAt(i) : ' ';
        if (i != n - 6 || (sign != '+' && sign != '-') || s.charAt(i + 3) != ':') {
            return null;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0) {
            return null;
        }
        try {
            int total = hours * 3600 + minutes * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ASCII digits at {@code from} as a number, or -1 if one of them is not a digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
