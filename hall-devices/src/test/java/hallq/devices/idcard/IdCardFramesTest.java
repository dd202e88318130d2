package hallq.devices.idcard;

import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.Hex;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameDecoder;
import org.junit.jupiter.api.Test;

class IdCardFramesTest {

    /** The example number printed in GB 11643-1999. */
    private static final String VALID_ID = "11010519491231002X";

    @Test
    void encode_cardRead_givesExactBytes() {
        var read = new IdCardEvent.CardRead(1, "张三", new ResidentIdNumber(VALID_ID));

        assertEquals("A5 01 40 00 17 04 D5 C5 C8 FD 31 31 30 31 30 35 31 39 34 39 31 32 33 31 30 30 32 58 E6 8A 5A",
                Hex.of(IdCardFrames.encode(read)));
    }

    @Test
    void encode_cardRemoved_givesExactBytes() {
        assertEquals("A5 01 41 00 00 51 CC 5A", Hex.of(IdCardFrames.encode(new IdCardEvent.CardRemoved(1))));
    }

    @Test
    void decode_cardRead_roundTrips() {
        var read = new IdCardEvent.CardRead(2, "欧阳娜娜", new ResidentIdNumber("440524188001010014"));
        var frame = (Decoded.Value<Frame>) new FrameDecoder().feed(IdCardFrames.encode(read)).get(0);

        assertEquals(Decoded.value(read), IdCardFrames.decode(frame.value()));
    }

    @Test
    void decode_badIdChecksum_isAnErrorNamingTheCheck() {
        byte[] payload = Hex.bytes("02 41 42 31 31 30 31 30 35 31 39 34 39 31 32 33 31 30 30 32 31");
        Decoded<IdCardEvent> result = IdCardFrames.decode(new Frame(1, IdCardFrames.CARD, payload));

        String message = ((Decoded.Failure<IdCardEvent>) result).error().message();
        assertTrue(message.contains("GB 11643 gives X"), message);
    }

    @Test
    void decode_nameLengthMismatch_isAnError() {
        assertInstanceOf(Decoded.Failure.class,
                IdCardFrames.decode(new Frame(1, IdCardFrames.CARD, Hex.bytes("09 41 42"))));
    }

    @Test
    void residentId_checkCharacter_followsGb11643() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals('4', ResidentIdNumber.checkCharacter("44052418800101001"));
        assertThrows(IllegalArgumentException.class, () -> new ResidentIdNumber("110105194912310021"));
        assertThrows(IllegalArgumentException.class, () -> new ResidentIdNumber("11010519491231002"));
    }

    @Test
    void residentId_toString_masksTheMiddle() {
        assertEquals("110105********002X", new ResidentIdNumber(VALID_ID).toString());
    }
}
