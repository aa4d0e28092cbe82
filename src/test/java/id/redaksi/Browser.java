package id.redaksi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Reads pages over real HTTP from the running portal, as a reader's browser would, naming the site by
 * its Host header (the surefire configuration allows setting it).
 */
@TestComponent
public class Browser {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ApplicationContext context;

    Browser(ApplicationContext context) {
        this.context = context;
    }

    public Page get(String host, String path, String... headers) {
        return send(request(host, path, headers).GET());
    }

    /** Posts a form, as {@code navigator.sendBeacon} does with URLSearchParams. */
    public Page post(String host, String path, String form, String... headers) {
        return send(request(host, path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpRequest.Builder request(String host, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Host", host);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            return new Page(http.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public record Page(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        public Document html() {
            return Jsoup.parse(response.body());
        }
    }
}
