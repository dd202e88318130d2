package hallq.kiosk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.PrintOutcome;
import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.testing.TestKiosk;
import hallq.kiosk.ui.KioskSettings;
import hallq.kiosk.ui.Screen;
import hallq.protocol.Priority;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spoken prompts follow the screens in elderly mode only, in the screen's language. */
class VoicePrompterTest {

    /** 户籍办理 (HJ) asks for the ID card, as on a kiosk with a reader and the hall's per-person cap. */
    private final TestKiosk k = new TestKiosk(Runnable::run, TestKiosk.SETTINGS.forHall(KioskSettings.CHINA, Set.of("HJ")));
    private final List<String> spoken = new CopyOnWriteArrayList<>();

    @BeforeEach
    void attach() {
        VoicePrompter.attach(k.vm, (prompt, lang) -> spoken.add(prompt + "/" + lang));
        k.vm.refresh();
    }

    @Test
    void standardMode_saysNothing() {
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        k.vm.requestHelp();
        assertTrue(spoken.isEmpty(), spoken::toString);
    }

    @Test
    void elderlyMode_promptsEachScreenAsItAppears() {
        k.vm.toggleElderlyMode();
        k.vm.choose("SB");
        k.vm.take(Priority.GREEN_CHANNEL);
        assertEquals(List.of("HOME/ZH", "PRIORITY/ZH", "WORKING/ZH", "PRINTED/ZH"), spoken);
    }

    @Test
    void elderlyMode_idCardPrompt_askedForTheCard_thenTheChoiceOnceItIsRead() {
        k.vm.toggleElderlyMode();
        k.vm.choose("HJ");
        k.vm.toggleLanguage();
        k.vm.cardRead(CitizenId.of("440306199003071232"));
        assertEquals(List.of("HOME/ZH", "PUT_CARD/ZH", "PUT_CARD/EN", "PRIORITY/EN"), spoken);
    }

    @Test
    void elderlyMode_greenChannel_promptedOnChoosing_andHomeAgainOnLeaving() {
        k.vm.toggleElderlyMode();
        k.vm.greenChannel(true);
        k.vm.toggleLanguage();
        k.vm.greenChannel(false);
        assertEquals(List.of("HOME/ZH", "GREEN_CHANNEL/ZH", "GREEN_CHANNEL/EN", "HOME/EN"), spoken);
    }

    @Test
    void standardMode_idCardAndGreenChannel_sayNothing() {
        k.vm.choose("HJ");
        k.vm.home();
        k.vm.greenChannel(true);
        assertTrue(spoken.isEmpty(), spoken::toString);
    }

    @Test
    void elderlyMode_languageSwitch_repeatsThePromptInEnglish_andHelpIsConfirmed() {
        k.vm.toggleElderlyMode();
        k.vm.toggleLanguage();
        k.vm.requestHelp();
        assertEquals(List.of("HOME/ZH", "HOME/EN", "HELP/EN"), spoken);
    }

    @Test
    void elderlyMode_printFailed_andCheckIn_andOffAgain() {
        k.vm.toggleElderlyMode();
        k.printer.setOutcome(PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out"));
        k.vm.choose("SB");
        k.vm.take(Priority.NORMAL);
        k.vm.askGiveUp();
        k.vm.home();
        k.vm.openCheckIn();
        k.vm.toggleElderlyMode();
        k.vm.home();
        assertEquals(List.of("HOME/ZH", "PRIORITY/ZH", "WORKING/ZH", "PRINT_FAILED/ZH", "HOME/ZH", "CHECK_IN/ZH"),
                spoken);
    }

    @Test
    void everyScreenWithAPrompt_hasOne() {
        for (Screen s : Screen.values()) {
            VoicePrompt p = VoicePrompt.forScreen(s);
            assertTrue(p != null || s.name().contains("GIVE"), s.name());
        }
    }
}
