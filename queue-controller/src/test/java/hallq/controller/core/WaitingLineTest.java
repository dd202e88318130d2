package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WaitingLineTest {

    @Test
    void ahead_countsWhoStandsBefore_fromEitherEnd_inOrOutOfTheLine() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            WaitingLine line = new WaitingLine();
            List<WaitingLine.Entry> in = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                WaitingLine.Entry e = new WaitingLine.Entry(random.nextInt(30), i);
                line.add(e);
                in.add(e);
            }
            for (int probe = 0; probe < 50; probe++) {
                WaitingLine.Entry e = random.nextBoolean() && !in.isEmpty() ? in.get(random.nextInt(in.size()))
                        : new WaitingLine.Entry(random.nextInt(32) - 1, random.nextBoolean() ? Long.MAX_VALUE : 3);
                long expected = in.stream().filter(x -> x.keyMillis() < e.keyMillis()
                        || x.keyMillis() == e.keyMillis() && x.ticketId() < e.ticketId()).count();
                assertEquals(expected, line.ahead(e), "round " + round + ", " + e + " in a line of " + n);
            }
        }
    }

    @Test
    void ahead_ofAnEmptyLine_isNobody() {
        assertEquals(0, new WaitingLine().ahead(new WaitingLine.Entry(5, 1)));
    }
}
