package hallq.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void chineseNamesKeepTheFamilyNameAndTheLastCharacter() {
        assertEquals("张*", PersonName.mask("张三"));
        assertEquals("张*三", PersonName.mask("张小三"));
        assertEquals("欧**明", PersonName.mask("欧阳小明"));
        assertEquals("买*****提", PersonName.mask("买买提·艾力提"));
        assertEquals("王", PersonName.mask("王"));
        assertEquals("张*三", PersonName.mask("  张小三 "));
    }

    @Test
    void latinNamesKeepEachInitial() {
        assertEquals("L* M***", PersonName.mask("Li Ming"));
        assertEquals("W****", PersonName.mask("Wanda"));
    }

    @Test
    void nothingToMask() {
        assertNull(PersonName.mask(null));
        assertEquals("", PersonName.mask(""));
    }
}
