package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private final ClientAddress viaHub = ClientAddress.forHub("http://127.0.0.1:9443/");

    @Test
    void aBookingTheHubForwards_countsByTheCitizensAddress() {
        assertEquals("city:203.0.113.7", viaHub.of("127.0.0.1", "203.0.113.7"));
        assertEquals("city:2001:db8::7", viaHub.of("127.0.0.1", " 2001:db8::7 "));
        assertEquals("127.0.0.1", viaHub.of("127.0.0.1", null), "the hub's own requests count as its own");
    }

    @Test
    void theHeaderFromAnyoneElse_orNotAnAddress_isIgnored() {
        assertEquals("198.51.100.4", viaHub.of("198.51.100.4", "203.0.113.7"), "a client cannot choose its bucket");
        assertEquals("127.0.0.1", viaHub.of("127.0.0.1", "hub.example"), "a name is not an address");
        assertEquals("127.0.0.1", viaHub.of("127.0.0.1", "203.0.113.7, 10.0.0.1"), "one address, as the hub sends");
        assertEquals("127.0.0.1", viaHub.of("127.0.0.1", "999.1.1.1"));
        assertEquals("127.0.0.1", ClientAddress.DIRECT.of("127.0.0.1", "203.0.113.7"), "a hall with no hub");
    }

    @Test
    void anIpv6Hub_isKnownByItsAddressInAnyWriting() {
        ClientAddress v6 = ClientAddress.forHub("http://[::1]:9443");
        assertEquals("city:203.0.113.7", v6.of("0:0:0:0:0:0:0:1", "203.0.113.7"));
        assertEquals("city:203.0.113.7", v6.of("[::1]", "203.0.113.7"));
    }
}
