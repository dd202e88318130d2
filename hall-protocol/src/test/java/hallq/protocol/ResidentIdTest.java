package hallq.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentIdTest {
    @Test
    void acceptsNumbersWithTheRightCheckCharacter() {
        assertTrue(ResidentId.isValid("11010519491231002X"));
        assertTrue(ResidentId.isValid("11010519491231002x"));
        assertTrue(ResidentId.isValid(" 440306199003071232 "));
        assertEquals("11010519491231002X", ResidentId.normalize(" 11010519491231002x"));
    }

    @Test
    void explainsWhatIsWrongWithoutRepeatingTheNumber() {
        assertEquals("the ID number's check character does not match (a typing error?)",
                ResidentId.problem("440306199003071233").orElseThrow());
        assertEquals("an ID number has 18 characters, this one has 15", ResidentId.problem("440306900307123").orElseThrow());
        assertEquals("the birth date in the ID number is not a date", ResidentId.problem("440306199002301238").orElseThrow());
        assertEquals("the first 17 characters of an ID number are digits", ResidentId.problem("4403061990030712X2").orElseThrow());
        assertFalse(ResidentId.isValid(null));
        assertFalse(ResidentId.isValid(""));
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertEquals("4403**********1232", ResidentId.mask("440306199003071232"));
        assertEquals("****", ResidentId.mask("1234"));
        assertEquals("", ResidentId.mask(null));
    }

    @Test
    void withCheckCompletesANumber() {
        assertEquals("440306199003071232", ResidentId.withCheck("44030619900307123"));
        assertEquals("11010519491231002X", ResidentId.withCheck("11010519491231002"));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.withCheck("12"));
    }
}
