package hallq.controller.bench;

import hallq.controller.adapter.mqtt.BlockingMqttClient;
import hallq.controller.adapter.mqtt.BrokerAccess;
import hallq.controller.adapter.mqtt.EmbeddedBroker;
import hallq.controller.mqttauth.MosquittoHash;
import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.mqtt.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall bench mqtt}: what access control costs on the embedded broker. The same work on an
 * open broker and on a hall's broker (logins, ACL, the gate in front), in alternating rounds: a
 * caller's QoS 1 publishes, each timed until a subscriber has it, and connects (a login is checked
 * against its PBKDF2 hash at each one).
 */
@Command(name = "bench mqtt", mixinStandardHelpOptions = true, description = "MQTT access control benchmark.")
public final class MqttAccessBench implements Callable<Integer> {
    private static final String HALL = "bench-hall";
    @Option(names = "--messages", description = "timed publishes per round (default: ${DEFAULT-VALUE})")
    int messages = 5_000;
    @Option(names = "--connects", description = "timed connects per round (default: ${DEFAULT-VALUE})")
    int connects = 50;
    @Option(names = "--rounds", description = "rounds per broker, alternating (default: ${DEFAULT-VALUE})")
    int rounds = 3;

    @Override
    public Integer call() throws Exception {
        Path data = Files.createTempDirectory("hallq-mqtt-bench-");
        MqttAccounts accounts = MqttAccounts.open(data);
        MqttLogin caller = accounts.ensure("caller-5", MqttRole.CALLER, 5);
        MqttLogin board = accounts.ensure("hall-board", MqttRole.BOARD, null);
        System.out.printf("HallQ MQTT access benchmark: %d publishes and %d connects per round, %d rounds per broker%n",
                messages, connects, rounds);
        System.out.printf("machine: %d cores, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        String hash = accounts.find("caller-5").orElseThrow().hash();
        long[] verify = new long[2_000];
        for (int i = -200; i < verify.length; i++) {
            long t0 = System.nanoTime();
            if (!MosquittoHash.verify(caller.password().toCharArray(), hash)) {
                throw new IllegalStateException("the bench's own login does not verify");
            }
            if (i >= 0) {
                verify[i] = System.nanoTime() - t0;
            }
        }
        System.out.printf("login check (PBKDF2-SHA512, %d iterations): p50 %.3f / p99 %.3f ms per connect%n",
                MosquittoHash.ITERATIONS, pct(verify, 0.5), pct(verify, 0.99));
        for (int r = 1; r <= rounds; r++) {
            try (EmbeddedBroker open = EmbeddedBroker.start("127.0.0.1", 0, data.resolve("open"))) {
                round("open broker      ", open.url(), MqttLogin.ANONYMOUS, MqttLogin.ANONYMOUS);
            }
            try (EmbeddedBroker hall = EmbeddedBroker.start("127.0.0.1", 0, data.resolve("hall"),
                    new BrokerAccess(accounts, new MqttAccessPolicy(HALL), false))) {
                round("logins, ACL, gate", hall.url(), caller, board);
            }
        }
        return 0;
    }

    private void round(String name, String url, MqttLogin publisher, MqttLogin subscriber) throws Exception {
        String topic = new Topics(HALL).callerCommand(5);
        BlockingQueue<Long> arrived = new ArrayBlockingQueue<>(16);
        BlockingMqttClient sub = client(url, subscriber, "sub");
        sub.subscribe(topic, (t, m) -> arrived.add(System.nanoTime()));
        BlockingMqttClient pub = client(url, publisher, null);
        byte[] payload = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        long[] latency = new long[messages];
        for (int i = -200; i < messages; i++) { // 200 to warm up
            long t0 = System.nanoTime();
            pub.publish(topic, payload);
            Long at = arrived.poll(5, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException(name + ": a publish did not arrive within 5 s");
            }
            if (i >= 0) {
                latency[i] = at - t0;
            }
        }
        pub.close();
        sub.close();
        long[] connect = new long[connects];
        for (int i = 0; i < connects; i++) {
            long t0 = System.nanoTime();
            BlockingMqttClient c = client(url, publisher, null);
            connect[i] = System.nanoTime() - t0;
            c.close();
        }
        System.out.printf("%s  publish -> subscriber p50 %.3f / p99 %.3f / max %.2f ms   connect p50 %.2f / p99 %.2f ms%n",
                name, pct(latency, 0.5), pct(latency, 0.99), pct(latency, 1), pct(connect, 0.5), pct(connect, 0.99));
    }

    private static BlockingMqttClient client(String url, MqttLogin login, String tag) throws Exception {
        return BlockingMqttClient.connect(url, login.clientId(tag, "bench-" + (tag == null ? "pub" : tag)), login);
    }

    private static double pct(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MqttAccessBench()).execute(args));
    }
}
