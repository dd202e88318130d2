package hallq.devices.evaluator;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.Hex;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import org.junit.jupiter.api.Test;

class EvaluatorFramesTest {

    @Test
    void encodePrompt_givesExactBytes() {
        assertEquals("A5 03 30 00 04 42 30 30 37 80 7C 5A", Hex.of(EvaluatorFrames.encodePrompt(3, "B007")));
    }

    @Test
    void encodeRating_givesExactBytes() {
        assertEquals("A5 03 31 00 05 05 42 30 30 37 51 2C 5A",
                Hex.of(EvaluatorFrames.encodeRating(new Rating(3, "B007", Score.VERY_SATISFIED))));
    }

    @Test
    void decodeRating_validFrame_givesRating() {
        Decoded<Rating> result = EvaluatorFrames.decodeRating(new Frame(3, EvaluatorFrames.RATING, Hex.bytes("01 42 30 30 37")));

        assertEquals(Decoded.value(new Rating(3, "B007", Score.VERY_DISSATISFIED)), result);
    }

    @Test
    void decodeRating_scoreSix_isAnError() {
        assertInstanceOf(Decoded.Failure.class,
                EvaluatorFrames.decodeRating(new Frame(3, EvaluatorFrames.RATING, Hex.bytes("06 42 30"))));
    }

    @Test
    void decodeRating_promptCommand_isAnError() {
        assertInstanceOf(Decoded.Failure.class,
                EvaluatorFrames.decodeRating(new Frame(3, EvaluatorFrames.PROMPT, Hex.bytes("42 30"))));
    }

    @Test
    void decodePrompt_validFrame_givesTicket() {
        assertEquals(Decoded.value(new EvaluatorFrames.Prompt(3, "B007")),
                EvaluatorFrames.decodePrompt(new Frame(3, EvaluatorFrames.PROMPT, Hex.bytes("42 30 30 37"))));
    }

    @Test
    void score_labels_followTheFiveLevelScale() {
        assertEquals("非常不满意", Score.ofValue(1).label);
        assertEquals("非常满意", Score.ofValue(5).label);
        assertTrue(Score.DISSATISFIED.isBad());
        assertNull(Score.ofValue(0));
    }
}
