package hallq.controller.mqttauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.ControllerMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./hall controller mqtt-client ...} and {@code mqtt-config} as an operator runs them. */
class MqttClientCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new ControllerMain()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void add_list_passwd_remove() throws Exception {
        String data = dir.resolve("data").toString();
        Run added = run("mqtt-client", "--data", data, "add", "caller-5", "--role", "caller", "--window", "5");
        assertEquals(0, added.exit(), added.err());
        String password = added.out().lines().findFirst().orElseThrow().replaceAll(".*password: ", "");
        assertEquals(password, Files.readString(dir.resolve("data/secrets/mqtt/caller-5.password")).strip());

        Run again = run("mqtt-client", "--data", data, "add", "caller-5", "--role", "board");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("exists already"), again.err());
        Run bad = run("mqtt-client", "--data", data, "add", "caller-6", "--role", "wizard");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("role must be one of"), bad.err());

        Run list = run("mqtt-client", "--data", data, "list");
        assertTrue(list.out().contains("caller-5") && list.out().contains("window 5"), list.out());
        assertFalse(list.out().contains(password));

        Run renewed = run("mqtt-client", "--data", data, "passwd", "caller-5");
        assertEquals(0, renewed.exit(), renewed.err());
        assertFalse(renewed.out().contains(password), "a new password");
        assertEquals(2, run("mqtt-client", "--data", data, "remove", "controller").exit());
        assertEquals(0, run("mqtt-client", "--data", data, "remove", "caller-5").exit());
        assertEquals(2, run("mqtt-client", "--data", data, "remove", "caller-5").exit());
        assertTrue(MqttAccounts.open(dir.resolve("data")).find("caller-5").isEmpty());
    }

    @Test
    void mqttConfig_writesPasswdAclAndConf_withTheControllerIncluded() throws Exception {
        String data = dir.resolve("data").toString();
        run("mqtt-client", "--data", data, "add", "hall-board", "--role", "board");
        run("mqtt-client", "--data", data, "add", "evaluator-7", "--role", "evaluator", "--window", "7");
        Run r = run("mqtt-config", "--config", "../config/demo-hall.yml", "--data", data, "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());

        String passwd = Files.readString(dir.resolve("out/passwd"));
        assertEquals(3, passwd.lines().count(), passwd);
        assertTrue(passwd.lines().allMatch(l -> l.matches("[a-z0-9-]+:\\$7\\$1000\\$.+")), passwd);
        String acl = Files.readString(dir.resolve("out/acl"));
        String h = "hallq/v1/yunshan-center/";
        assertTrue(acl.contains("user controller\ntopic readwrite " + h + "#\n"), acl);
        assertTrue(acl.contains("user hall-board\ntopic read " + h + "#\n\n"), acl);
        assertTrue(acl.contains("user evaluator-7\ntopic read " + h + "#\ntopic write " + h + "evaluators/7/rating\n"
                + "topic write " + h + "devices/evaluator-7/status\n"), acl);
        String conf = Files.readString(dir.resolve("out/mosquitto.conf"));
        assertTrue(conf.contains("allow_anonymous false") && conf.contains("acl_file " + dir.resolve("out/acl")), conf);
    }
}
