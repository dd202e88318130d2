package hallq.sim.demo;

/** What the demo prints at start: where to look and how to poke it. */
final class DemoUrls {
    private DemoUrls() {
    }

    static String text(Demo demo, boolean fx) {
        String c = demo.controllerUrl();
        String api = demo.apiUrl();
        return """
                HallQ demo: %s, hall time %s, %s
                  services   %s/api/v1/services
                  hall       %s/api/v1/hall
                  windows    %s/api/v1/windows
                  alerts     %s/api/v1/alerts
                  health     %s/health      metrics %s/metrics
                  API        %s/api/v1/openapi.yaml
                  MQTT       %s (topics hallq/v1/%s/#; clients log in: %s)
                  tickets    %s   (PNG and text per kiosk)
                  boards     %s   %s
                  faults     %s/demo/faults/...   or  ./hall demo-fault --data %s paper-out kiosk-1
                  summary    %s/demo/summary
                Ctrl-C stops; running again with --data %s carries on.
                """.formatted(demo.config().hall().name(), demo.clock().now().toLocalDateTime().withNano(0),
                demo.clock().speed() == 1 ? "live (real clock)" : demo.clock().speed() + "× speed",
                c, c, c, c, c, c, c, demo.brokerUrl(), demo.config().hall().id(),
                demo.data().resolve("secrets").resolve("mqtt"), demo.data().resolve("tickets"),
                demo.data().resolve("boards").resolve("hall.txt"),
                fx ? "(and the JavaFX kiosk and hall board windows)" : "(text; LED board frames in the log)",
                api, demo.data(), api, demo.data());
    }

    static String city(CityDemo demo) {
        StringBuilder out = new StringBuilder();
        String hub = demo.hub().url();
        out.append("""
                HallQ city demo: %d halls, hall time %s, %s
                  city page  %s/city   (log in as %s, password in %s)
                  citizens   %s/city/services
                  overview   %s/api/v1/city/overview
                """.formatted(demo.halls().size(), demo.clock().now().toLocalDateTime().withNano(0),
                demo.clock().speed() == 1 ? "live (real clock)" : demo.clock().speed() + "× speed", hub, CityDemo.STAFF,
                demo.staffPasswordFile(), hub, hub));
        demo.halls().forEach((id, hall) -> out.append(String.format("  %-9s %s %s/staff/dashboard   (data %s)%n",
                demo.entries().get(id).level().name().toLowerCase(), pad(hall.config().hall().name(), 22),
                hall.controllerUrl(), hall.data())));
        out.append("""
                  faults     ./hall demo-fault --data %s cut-link|restore-link HALL, restart-hub, summary
                             (a hall's own faults: ./hall demo-fault --data %s/halls/HALL paper-out kiosk-1 …)
                Ctrl-C stops; running again with --data %s carries on.
                """.formatted(demo.data(), demo.data(), demo.data()));
        return out.toString();
    }

    /** {@code text} padded to {@code columns} terminal columns: a Chinese character takes two. */
    static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }
}
