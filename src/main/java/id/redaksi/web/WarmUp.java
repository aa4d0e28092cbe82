package id.redaksi.web;

import id.redaksi.article.ArticleLists;
import id.redaksi.site.Site;
import id.redaksi.site.Sites;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms the node up before it says it is ready: for {@code redaksi.warm-up} (10 s by default, 0 for none) it asks
 * itself over loopback for each site's front page, rubric pages and newest articles, so the JIT has compiled the
 * paths readers take before the first reader (or a load balancer's share of them) arrives. Measured before
 * this, a node's first 10 s under load served a kept page at a quarter of its speed, with a p99 of half a second
 * ({@code bench/README.md}, "The first minute"). Readiness waits for every {@code ApplicationReadyEvent} listener,
 * so a node joining a cluster gets readers only once warm; the pages it renders meanwhile are kept, too.
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    /** Readers at once, as a load balancer would send them; a few keep both cores busy. */
    private static final int CONNECTIONS = 4;

    private final Sites sites;
    private final ArticleLists articles;
    private final Duration duration;

    WarmUp(Sites sites, ArticleLists articles, @Value("${redaksi.warm-up:10s}") Duration duration) {
        this.sites = sites;
        this.articles = articles;
        this.duration = duration;
    }

    @EventListener
    void warmUp(ApplicationReadyEvent ready) throws InterruptedException {
        if (duration.isZero() || !(ready.getApplicationContext() instanceof WebServerApplicationContext server)) {
            return;
        }
        var addresses = addresses(sites.all());
        if (addresses.isEmpty()) {
            return;
        }
        long answered = read(
                server.getWebServer().getPort(), addresses, System.nanoTime() + duration.toNanos(), Integer.MAX_VALUE);
        log.info("Warmed up in {} s: {} requests over {} addresses", duration.toSeconds(), answered, addresses.size());
    }

    /**
     * Reads every address in turn, {@code rounds} times or until {@code until} ({@link System#nanoTime}), whichever
     * comes first; returns how many answers came.
     */
    long read(int port, List<Address> addresses, long until, int rounds) throws InterruptedException {
        var answered = new AtomicLong();
        int total = rounds > Integer.MAX_VALUE / addresses.size() ? Integer.MAX_VALUE : rounds * addresses.size();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int reader = 0; reader < CONNECTIONS; reader++) {
                int first = reader;
                readers.submit(() -> {
                    for (int i = first; i < total && System.nanoTime() < until; i += CONNECTIONS) {
                        // as many readers' browsers as not take gzip: both copies of a kept page are read
                        if (!get(port, addresses.get(i % addresses.size()), i / addresses.size() % 2 == 0)) {
                            return;
                        }
                        answered.incrementAndGet();
                    }
                });
            }
        }
        return answered.get();
    }

    record Address(String host, String path) {}

    /** Each site's front page, rubric pages and newest articles. */
    List<Address> addresses(List<Site> sites) {
        var addresses = new ArrayList<Address>();
        for (var site : sites) {
            if (site.hosts().isEmpty()) {
                continue;
            }
            var host = site.hosts().getFirst();
            addresses.add(new Address(host, "/"));
            site.rubrics().forEach(rubric -> addresses.add(new Address(host, "/kanal/" + rubric.slug())));
            articles.latest(site.id(), 0, 50).forEach(card -> addresses.add(new Address(host, card.path(site.zone()))));
        }
        return addresses;
    }

    /** One request, on its own connection, read to its end; false when the node did not answer at all. */
    private static boolean get(int port, Address address, boolean gzip) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + address.path() + " HTTP/1.1\r\nHost: " + address.host()
                            + (gzip ? "\r\nAccept-Encoding: gzip" : "")
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            log.debug("Warm-up request to {} failed", address, e);
            return false;
        }
    }
}
