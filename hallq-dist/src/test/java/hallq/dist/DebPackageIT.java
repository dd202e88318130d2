package hallq.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb (docs/install.md): what dpkg sees of it — its fields, the files where the units and the
 * configuration expect them, the conffiles an upgrade keeps, maintainer scripts that parse — and,
 * unpacked as dpkg would, a launcher that runs. It is not installed here: installing makes a system
 * user and writes /etc and /var on the machine that runs the tests.
 */
class DebPackageIT {
    private static final Path DEB = Path.of(System.getProperty("hallq.deb"));
    private static final String VERSION = System.getProperty("hallq.version");

    @TempDir
    Path dir;

    @Test
    void theDeb_installsTheBundleInOptItsSettingsInEtcAndItsUnits_andDescribesItself() throws Exception {
        assertTrue(Files.isRegularFile(DEB), DEB + " is built by mvn package");
        assertEquals("hallq", run("dpkg-deb", "--field", DEB.toString(), "Package").strip());
        assertEquals(VERSION.replace('-', '~'), run("dpkg-deb", "--field", DEB.toString(), "Version").strip(),
                "a snapshot sorts before its release, as Maven sorts it");
        assertEquals("amd64", run("dpkg-deb", "--field", DEB.toString(), "Architecture").strip());
        assertTrue(run("dpkg-deb", "--field", DEB.toString(), "Depends").contains("openjdk-17-jre-headless"));

        List<String> files = run("dpkg-deb", "--contents", DEB.toString()).lines()
                .map(l -> l.substring(l.indexOf("./"))).toList();
        for (String expected : List.of("./opt/hallq/bin/hallq", "./opt/hallq/lib/queue-controller-" + VERSION + ".jar",
                "./opt/hallq/docs/install.md", "./opt/hallq/SHA256SUMS", "./etc/hallq/hallq.env", "./etc/hallq/hall.yml",
                "./lib/systemd/system/hallq-controller.service", "./lib/systemd/system/hallq-controller-health.timer",
                "./lib/systemd/system/hallq-kiosk@.service", "./lib/systemd/system/hallq-city.service")) {
            assertTrue(files.contains(expected), expected + " in the package");
        }
        assertTrue(files.stream().noneMatch(f -> f.startsWith("./var/")), "the records folder is made by postinst, "
                + "never shipped (a package would remove it with itself)");
        String owners = run("dpkg-deb", "--contents", DEB.toString()).lines().map(l -> l.split("\\s+")[1]).distinct()
                .toList().toString();
        assertEquals("[root/root]", owners, "every file belongs to root");

        Path control = dir.resolve("control");
        run("dpkg-deb", "--control", DEB.toString(), control.toString());
        List<String> conffiles = Files.readAllLines(control.resolve("conffiles"));
        assertTrue(conffiles.containsAll(List.of("/etc/hallq/hallq.env", "/etc/hallq/hall.yml", "/etc/hallq/calendar-cn.yml")),
                "an upgrade keeps the hall's configuration: " + conffiles);
        assertEquals(files.stream().filter(f -> f.startsWith("./etc/") && !f.endsWith("/")).map(f -> f.substring(1))
                .sorted().toList(), conffiles, "every file of /etc/hallq is a conffile");
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertTrue(Files.isExecutable(control.resolve(script)), script);
            run("sh", "-n", control.resolve(script).toString()); // it parses
        }
        String postinst = Files.readString(control.resolve("postinst"));
        assertTrue(postinst.contains("useradd --system") && postinst.contains("install -d -o hallq -g hallq -m 0700 "
                + "/var/lib/hallq"), postinst);

        Path root = dir.resolve("root");
        run("dpkg-deb", "--extract", DEB.toString(), root.toString());
        String version = run(root.resolve("opt/hallq/bin/hallq").toString(), "--version");
        assertTrue(version.startsWith("HallQ " + VERSION + " for linux-x86_64"), version);
        assertTrue(Files.readString(root.resolve("etc/hallq/hall.yml")).contains("calendar"), "hall.yml names its "
                + "calendar, which lies beside it");
        String doctor = output(root.resolve("opt/hallq/bin/hallq").toString(), "controller", "doctor", "--config",
                root.resolve("etc/hallq/hall.yml").toString(), "--data", dir.resolve("data").toString());
        assertTrue(doctor.lines().anyMatch(l -> l.startsWith("OK   config")), "the installed hall.yml loads: " + doctor);
        String unit = Files.readString(root.resolve("lib/systemd/system/hallq-controller.service"));
        assertTrue(unit.contains("ExecStart=/opt/hallq/bin/hallq controller --config /etc/hallq/hall.yml "
                + "--data /var/lib/hallq/controller"), "the unit runs what the package installs where it installs it");
    }

    /** Runs a command; its output, or a failure with what it said. */
    private String run(String... command) throws IOException, InterruptedException {
        Process p = start(command);
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    /** Runs a command whatever it exits with (doctor fails checks of this machine); its output. */
    private String output(String... command) throws IOException, InterruptedException {
        start(command);
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    }

    private Process start(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return p;
    }
}
