package hallq.sim.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./hall demo-fault WHAT [ARG]}: injects a fault into a running demo through its API. */
@Command(name = "demo-fault", mixinStandardHelpOptions = true,
        description = "Injects a fault into the running demo: paper-out K, paper-in K, unplug-board N, "
                + "replug-board N, restart-broker, restart-controller; in the city demo cut-link HALL, restore-link "
                + "HALL, restart-hub; or prints its summary.")
public final class FaultMain implements Callable<Integer> {
    private static final List<String> WITH_ARG = List.of("paper-out", "paper-in", "unplug-board", "replug-board",
            "cut-link", "restore-link");
    private static final List<String> WITHOUT = List.of("restart-broker", "restart-controller", "restart-hub", "summary");

    @Option(names = "--data", description = "the demo's data folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");
    @Parameters(index = "0", description = "paper-out, paper-in, unplug-board, replug-board, restart-broker, "
            + "restart-controller, summary")
    String what;
    @Parameters(index = "1", arity = "0..1", description = "kiosk id (kiosk-1), window number or hall id")
    String arg;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FaultMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        boolean needsArg = WITH_ARG.contains(what);
        if (!needsArg && !WITHOUT.contains(what) || needsArg && (arg == null || !arg.matches("[A-Za-z0-9-]{1,40}"))) {
            System.err.println("hall demo-fault: expected one of " + WITH_ARG + " with a kiosk id, window number or hall id, "
                    + "or one of " + WITHOUT);
            return 2;
        }
        Path urlFile = data.resolve("demo").resolve("api.url");
        if (!Files.exists(urlFile)) {
            System.err.println("hall demo-fault: no running demo found (" + urlFile + " is missing)");
            return 1;
        }
        String base = Files.readString(urlFile).trim();
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base + (what.equals("summary") ? "/demo/summary"
                : "/demo/faults/" + what + (needsArg ? "/" + arg : "")))).timeout(Duration.ofSeconds(60));
        req = what.equals("summary") ? req.GET() : req.POST(HttpRequest.BodyPublishers.noBody());
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
            System.out.println(r.body());
            return r.statusCode() / 100 == 2 ? 0 : 1;
        } catch (IOException e) {
            System.err.println("hall demo-fault: the demo at " + base + " does not answer (" + e.getMessage() + ")");
            return 1;
        }
    }
}
