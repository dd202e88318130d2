package hallq.devices.idcard;

import java.util.Objects;

/** What an ID card reader (身份证读卡器) reports. */
public sealed interface IdCardEvent {

    int reader();

    /** A card was read: the holder's name and ID number. */
    record CardRead(int reader, String name, ResidentIdNumber idNumber) implements IdCardEvent {
        public CardRead {
            requireReader(reader);
            Objects.requireNonNull(idNumber, "idNumber");
            if (name == null || name.isBlank() || name.length() > 30 || name.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("card holder name must be 1-30 printable characters");
            }
        }
    }

    /** The card was taken off the reader. */
    record CardRemoved(int reader) implements IdCardEvent {
        public CardRemoved {
            requireReader(reader);
        }
    }

    private static void requireReader(int reader) {
        if (reader < 1 || reader > 254) {
            throw new IllegalArgumentException("ID card reader address " + reader + " outside 1..254");
        }
    }
}
