package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Browser;
import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Forwarded headers are believed only from the proxies the operator names; by default, loopback alone. The tests
 * can only connect from loopback (127.0.0.1, and 127.0.0.2 for a second one), so the refusal of other addresses is
 * shown on the running server's own {@link RemoteIpValve}, asked about the addresses a proxy elsewhere would have.
 */
@PortalTest
class ForwardedHeadersIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Browser browser;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void aProxyOnLoopbackNamesTheSite() {
        var site = fixtures.site().create();

        var page =
                browser.get("localhost", "/", "X-Forwarded-Host", site.hosts().getFirst());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("link[rel=canonical]").attr("href")).isEqualTo(site.url("/"));
    }

    @Test
    void aProxyOnAnotherLoopbackAddressIsBelievedToo() throws IOException {
        var site = fixtures.site().create();

        var page = getFrom("127.0.0.2", "/", "X-Forwarded-Host: " + site.hosts().getFirst());

        assertThat(page).startsWith("HTTP/1.1 200 ");
        assertThat(Jsoup.parse(page).select("link[rel=canonical]").attr("href")).isEqualTo(site.url("/"));
    }

    @Test
    void onlyLoopbackAddressesAreTrustedProxies() throws ReflectiveOperationException {
        var valve = remoteIpValve();

        assertThat(valve.getTrustedProxies()).isNull();
        assertThat(valve.getRemoteIpHeader()).isEqualTo("X-Forwarded-For");
        assertThat(valve.getHostHeader()).isEqualTo("X-Forwarded-Host");
        assertThat(internalProxies(
                        valve,
                        "127.0.0.1",
                        "127.0.0.2",
                        "127.255.255.254",
                        "0:0:0:0:0:0:0:1",
                        "::1",
                        "172.17.0.1",
                        "172.31.255.1",
                        "10.0.0.5",
                        "192.168.1.1",
                        "169.254.169.254",
                        "100.64.0.1",
                        "fe80::1",
                        "fd00::1",
                        "8.8.8.8"))
                .containsExactly("127.0.0.1", "127.0.0.2", "127.255.255.254", "0:0:0:0:0:0:0:1", "::1");
    }

    /** Asks the valve itself, which takes regular expressions or CIDR blocks, rather than reading its setting. */
    private static List<String> internalProxies(RemoteIpValve valve, String... addresses)
            throws ReflectiveOperationException {
        var decides = RemoteIpValve.class.getDeclaredMethod("isInternalProxy", String.class);
        decides.setAccessible(true);
        var trusted = new ArrayList<String>();
        for (var address : addresses) {
            if ((boolean) decides.invoke(valve, address)) {
                trusted.add(address);
            }
        }
        return trusted;
    }

    private RemoteIpValve remoteIpValve() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return Arrays.stream(tomcat.getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** A request from another loopback address than the one every other test uses (Linux routes all of 127/8). */
    private String getFrom(String address, String path, String header) throws IOException {
        try (var socket = new Socket()) {
            try {
                socket.bind(new InetSocketAddress(address, 0));
            } catch (BindException e) {
                Assumptions.abort("this machine has no " + address + " on loopback (macOS has only 127.0.0.1)");
            }
            socket.connect(
                    new InetSocketAddress("127.0.0.1", context.getWebServer().getPort()), 5_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
