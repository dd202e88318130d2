package hallq.controller.adapter.http;

import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.Browser;
import hallq.protocol.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One Chromium per test class, a fresh controller (demo hall, Monday 10:00) per test. */
abstract class BrowserHall {
    static Browser browser;
    Controller controller;
    String base;
    Http kiosk;
    MutableClock clock;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startHall() throws Exception {
        clock = MutableClock.mondayAt(10, 0);
        controller = TestHall.start(TestHall.newDataDir(), clock);
        base = "http://127.0.0.1:" + controller.httpPort();
        kiosk = Http.kiosk(controller);
        browser.desk();
    }

    @AfterEach
    void stopHall() {
        controller.close();
    }
}
