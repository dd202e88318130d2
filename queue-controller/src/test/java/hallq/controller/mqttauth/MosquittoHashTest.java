package hallq.controller.mqttauth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class MosquittoHashTest {
    /** Written by Debian's {@code mosquitto_passwd -b -c FILE caller-5 s3cret} (mosquitto 2.0.11). */
    private static final String FROM_MOSQUITTO_PASSWD = "$7$101$e9FmKMDncpTAnVQf$XdR886FW8VcmJ7v4DqL/9b7L4sSajt57WRlYIGUMWdnUzBs00n0SAs+c7XYZBYemt9W930xXgKnNP7j7UawF9A==";

    @Test
    void verify_aHashMosquittoPasswdWrote_acceptsItsPasswordOnly() {
        assertTrue(MosquittoHash.verify("s3cret".toCharArray(), FROM_MOSQUITTO_PASSWD));
        assertFalse(MosquittoHash.verify("s3cret ".toCharArray(), FROM_MOSQUITTO_PASSWD));
        assertFalse(MosquittoHash.verify("S3cret".toCharArray(), FROM_MOSQUITTO_PASSWD));
    }

    @Test
    void hash_newHash_verifiesAndIsSaltedEachTime() {
        SecureRandom random = new SecureRandom();
        String a = MosquittoHash.hash("pw-abcdefgh".toCharArray(), random);
        String b = MosquittoHash.hash("pw-abcdefgh".toCharArray(), random);
        assertNotEquals(a, b);
        assertTrue(a.startsWith("$7$" + MosquittoHash.ITERATIONS + "$"));
        assertTrue(MosquittoHash.looksLikeHash(a));
        assertTrue(MosquittoHash.verify("pw-abcdefgh".toCharArray(), a));
        assertFalse(MosquittoHash.verify("pw-abcdefgi".toCharArray(), a));
    }

    @Test
    void verify_malformedHashOrEmptyPassword_isFalseNeverAnException() {
        for (String bad : new String[] {null, "", "$7$", "$6$abc$def", "$2a$12$abcdefghijklmnopqrstuv",
                "$7$0$e9FmKMDncpTAnVQf$" + "A".repeat(86) + "==", "$7$101$!!!!$" + "A".repeat(88),
                FROM_MOSQUITTO_PASSWD.substring(0, FROM_MOSQUITTO_PASSWD.length() - 4)}) {
            assertFalse(MosquittoHash.verify("s3cret".toCharArray(), bad), String.valueOf(bad));
        }
        assertFalse(MosquittoHash.verify(new char[0], FROM_MOSQUITTO_PASSWD));
        assertFalse(MosquittoHash.verify(null, FROM_MOSQUITTO_PASSWD));
        assertThrows(IllegalArgumentException.class, () -> MosquittoHash.hash(new char[0], new SecureRandom()));
    }
}
