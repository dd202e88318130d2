package hallq.sim.devices;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.*;

import hallq.devices.evaluator.Rating;
import hallq.devices.evaluator.Score;
import hallq.devices.evaluator.SerialEvaluator;
import hallq.devices.frame.FrameCodec;
import hallq.devices.idcard.IdCardEvent;
import hallq.devices.idcard.IdCardFrames;
import hallq.devices.idcard.SerialIdCardReader;
import hallq.devices.keypad.Key;
import hallq.devices.keypad.KeyPress;
import hallq.devices.keypad.SerialCallerKeypad;
import hallq.devices.led.LedMessage;
import hallq.devices.led.SerialLedPanel;
import hallq.sim.evaluator.SimEvaluator;
import hallq.sim.idcard.SimIdCardReader;
import hallq.sim.keypad.SimKeypad;
import hallq.sim.led.SimLedBoard;
import hallq.sim.pty.PtyWire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real serial adapters and the simulated devices, on each end of a real pty pair. */
class PtySerialDevicesIT {

    /** Garbage, a frame with a bad CRC and a frame claiming 65535 bytes of payload. */
    private static final byte[] NOISE = HexFormat.ofDelimiter(" ").parseHex(
            "00 FF 13 37 A5 05 20 00 01 01 24 90 5A A5 05 20 FF FF");

    @TempDir
    Path dir;
    private PtyWire wire;

    @BeforeEach
    void connect() throws Exception {
        wire = PtyWire.open(dir.resolve("pty"), "controller", "device");
    }

    @AfterEach
    void disconnect() {
        wire.close();
    }

    private static ConditionFactory soon() {
        return await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void ledPanel_showOverPty_arrivesWithChineseText() throws Exception {
        try (SimLedBoard board = new SimLedBoard(wire.device(), 5)) {
            new SerialLedPanel(wire.host(), 5).show(LedMessage.red(0, "请 A023 号到 5 号窗口"));

            soon().until(() -> board.shown(0).equals("请 A023 号到 5 号窗口"));
            assertEquals(0, board.flashWrites());
        }
    }

    @Test
    void ledPanel_clearAfterShow_fallsBackToStoredText() throws Exception {
        try (SimLedBoard board = new SimLedBoard(wire.device(), 5)) {
            SerialLedPanel panel = new SerialLedPanel(wire.host(), 5);
            panel.store(LedMessage.red(0, "5号窗口 户籍办理"));
            panel.show(LedMessage.red(0, "请 A023 号到 5 号窗口"));
            panel.clear();

            soon().until(() -> board.received().size() == 3);
            assertEquals("5号窗口 户籍办理", board.shown(0));
            assertEquals(1, board.flashWrites());
        }
    }

    @Test
    void ledPanel_otherAddress_isIgnoredByBoard() throws Exception {
        try (SimLedBoard board = new SimLedBoard(wire.device(), 5)) {
            new SerialLedPanel(wire.host(), 6).show(LedMessage.red(0, "六号"));
            new SerialLedPanel(wire.host(), 5).show(LedMessage.red(0, "五号"));

            soon().until(() -> board.shown(0).equals("五号"));
            assertEquals(1, board.received().size());
        }
    }

    @Test
    void ledBoard_noiseOnLine_keepsReading() throws Exception {
        try (SimLedBoard board = new SimLedBoard(wire.device(), 5)) {
            wire.host().write(NOISE);
            new SerialLedPanel(wire.host(), 5).show(LedMessage.red(0, "请 B007 号到 5 号窗口"));

            soon().until(() -> board.shown(0).equals("请 B007 号到 5 号窗口"));
            assertTrue(board.isRunning());
            assertFalse(board.decodeErrors().isEmpty());
        }
    }

    @Test
    void keypad_keysOverPty_arriveAsKeyPresses() throws Exception {
        RecordingListener<KeyPress> presses = new RecordingListener<>();
        try (SerialCallerKeypad keypad = new SerialCallerKeypad(wire.host())) {
            keypad.listen(presses);
            SimKeypad sim = new SimKeypad(wire.device(), 5);
            sim.press(Key.NEXT);
            sim.callSpecific("A023");
            sim.press(Key.NO_SHOW);

            soon().until(() -> presses.events.size() == 3);
            assertEquals(List.of(KeyPress.of(5, Key.NEXT), KeyPress.callSpecific(5, "A023"),
                    KeyPress.of(5, Key.NO_SHOW)), presses.events);
        }
    }

    @Test
    void keypad_noiseBetweenFrames_reportsErrorsAndKeepsReading() throws Exception {
        RecordingListener<KeyPress> presses = new RecordingListener<>();
        try (SerialCallerKeypad keypad = new SerialCallerKeypad(wire.host())) {
            keypad.listen(presses);
            SimKeypad sim = new SimKeypad(wire.device(), 5);
            sim.sendRaw(NOISE);
            sim.press(Key.COMPLETE);

            soon().until(() -> presses.events.equals(List.of(KeyPress.of(5, Key.COMPLETE))));
            assertTrue(presses.errors.stream().anyMatch(e -> e.message().startsWith("bad checksum")), presses.errors.toString());
            assertTrue(presses.errors.stream().anyMatch(e -> e.message().contains("exceeds")), presses.errors.toString());
        }
    }

    @Test
    void evaluator_promptThenRating_roundTripsOverPty() throws Exception {
        RecordingListener<Rating> ratings = new RecordingListener<>();
        try (SerialEvaluator evaluator = new SerialEvaluator(wire.host());
             SimEvaluator sim = new SimEvaluator(wire.device(), 3)) {
            evaluator.listen(ratings);
            evaluator.prompt(3, "B007");
            soon().until(() -> sim.promptedTicket().orElse("").equals("B007"));

            sim.rate(Score.VERY_SATISFIED);

            soon().until(() -> ratings.events.equals(List.of(new Rating(3, "B007", Score.VERY_SATISFIED))));
        }
    }

    @Test
    void idCardReader_cardThenRemoval_arriveAsEvents() throws Exception {
        RecordingListener<IdCardEvent> events = new RecordingListener<>();
        try (SerialIdCardReader reader = new SerialIdCardReader(wire.host())) {
            reader.listen(events);
            SimIdCardReader sim = new SimIdCardReader(wire.device(), 1);
            sim.present("张三", "11010519491231002X");
            sim.remove();

            soon().until(() -> events.events.size() == 2);
            IdCardEvent.CardRead read = (IdCardEvent.CardRead) events.events.get(0);
            assertEquals("张三", read.name());
            assertEquals("11010519491231002X", read.idNumber().value());
            assertEquals(new IdCardEvent.CardRemoved(1), events.events.get(1));
        }
    }

    @Test
    void idCardReader_badIdChecksumOnWire_isDecodeErrorNotEvent() throws Exception {
        RecordingListener<IdCardEvent> events = new RecordingListener<>();
        try (SerialIdCardReader reader = new SerialIdCardReader(wire.host())) {
            reader.listen(events);
            SimIdCardReader sim = new SimIdCardReader(wire.device(), 1);
            byte[] payload = "\u0002AB110105194912310021".getBytes(StandardCharsets.US_ASCII);
            sim.sendRaw(FrameCodec.encode(1, IdCardFrames.CARD, payload));
            sim.remove();

            soon().until(() -> events.events.size() == 1);
            assertEquals(new IdCardEvent.CardRemoved(1), events.events.get(0));
            assertTrue(events.errors.get(0).message().contains("GB 11643"), events.errors.toString());
        }
    }
}
