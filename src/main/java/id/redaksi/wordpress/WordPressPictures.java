package id.redaksi.wordpress;

import id.redaksi.media.MediaLibrary;
import id.redaksi.media.MediaRejected;
import id.redaksi.media.StoredMedia;
import id.redaksi.wordpress.ImportedAttachments.Attachment;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The old site's pictures as media items of the library, with renditions: read from a copy of
 * {@code wp-content/uploads} or downloaded from the old address, each made once per attachment (a second run reuses
 * it). A picture that cannot be had is reported, and its article imported without it.
 */
@Component
class WordPressPictures {

    private static final String UPLOADS = "/wp-content/uploads/";
    /** WordPress's resized copies are named {@code banjir-1024x683.jpg}; the attachment is the original. */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d{2,5}x\\d{2,5}(?=\\.[A-Za-z]+$)");

    private static final long LARGEST_DOWNLOAD = 50L * 1024 * 1024;

    private final ImportedAttachments attachments;
    private final MediaLibrary library;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    WordPressPictures(ImportedAttachments attachments, MediaLibrary library) {
        this.attachments = attachments;
        this.library = library;
    }

    /** The library's copy of an attachment, made now if no run made it yet. */
    Optional<StoredMedia> attachment(long siteId, long wpId, ImportOptions options, ImportReport report) {
        var attachment = attachments.byId(siteId, wpId);
        if (attachment.isEmpty()) {
            report.problem("attachment " + wpId + " is not in the export");
            return Optional.empty();
        }
        return media(siteId, attachment.get(), options, report);
    }

    /** The library's copy of a picture the content shows by its old address. */
    Optional<StoredMedia> inline(long siteId, String url, ImportOptions options, ImportReport report) {
        var plain = url.replaceAll("[?#].*$", "");
        var original = SIZE_SUFFIX.matcher(plain).replaceFirst("");
        var known = attachments.byUrl(siteId, original).or(() -> attachments.byUrl(siteId, plain));
        if (known.isPresent()) {
            return media(siteId, known.get(), options, report);
        }
        var file = plain.contains(UPLOADS) ? plain.substring(plain.indexOf(UPLOADS) + UPLOADS.length()) : "";
        return fetch(new Attachment(0, plain, file, "", "", "", null), options)
                .flatMap(bytes -> store(siteId, bytes, plain, "", report));
    }

    /** The caption and credit an attachment gives the picture where the article shows it. */
    Optional<Attachment> described(long siteId, long wpId) {
        return attachments.byId(siteId, wpId);
    }

    private Optional<StoredMedia> media(long siteId, Attachment a, ImportOptions options, ImportReport report) {
        if (a.mediaId() != null) {
            var stored = library.find(siteId, a.mediaId());
            if (stored.isPresent()) {
                return stored;
            }
        }
        var bytes = fetch(a, options);
        if (bytes.isEmpty()) {
            report.problem(
                    "picture " + a.url() + " (attachment " + a.wpId() + ") could not be had: imported without it");
            report.count("pictures missing");
            return Optional.empty();
        }
        var alt = a.altText().isBlank() ? a.caption() : a.altText();
        var stored = store(siteId, bytes.get(), a.url(), alt, report);
        stored.ifPresent(m -> {
            attachments.madeMedia(siteId, a.wpId(), m.id());
            library.remember(siteId, m.id(), a.caption(), a.credit());
        });
        return stored;
    }

    private Optional<StoredMedia> store(long siteId, byte[] bytes, String name, String alt, ImportReport report) {
        try {
            var stored = library.upload(siteId, bytes, name, alt);
            report.count("pictures");
            return Optional.of(stored);
        } catch (MediaRejected e) {
            report.problem("picture " + name + " refused: " + e.getMessage());
            report.count("pictures missing");
            return Optional.empty();
        }
    }

    /** The file from the uploads copy if it is there, else from its address when downloading is allowed. */
    private Optional<byte[]> fetch(Attachment a, ImportOptions options) {
        if (options.uploads() != null && !a.file().isBlank()) {
            var root = options.uploads().toAbsolutePath().normalize();
            var file = root.resolve(a.file()).normalize();
            // the export names the file: it must not lead outside the uploads copy
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return options.download() ? download(a.url()) : Optional.empty();
    }

    /**
     * Whether every address of the host is on the internet: an export (uploaded in the newsroom, too) names the
     * addresses, and must not make this node fetch from itself or its private network.
     */
    private static boolean isPublic(String host) {
        if (host == null) {
            return false;
        }
        try {
            for (var address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Downloads a picture, following up to three redirects, each to a public address (http to https is common). */
    private Optional<byte[]> download(String url) {
        var address = url.replace(" ", "%20");
        try {
            for (int hop = 0; hop < 4; hop++) {
                var uri = URI.create(address);
                if (!(uri.getScheme() + "").matches("https?") || !isPublic(uri.getHost())) {
                    return Optional.empty();
                }
                var request = HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(20))
                        .build();
                var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (var body = response.body()) {
                    var location = response.headers().firstValue("Location");
                    if (response.statusCode() / 100 == 3 && location.isPresent()) {
                        address = uri.resolve(location.get()).toString();
                        continue;
                    }
                    if (response.statusCode() != 200) {
                        return Optional.empty();
                    }
                    var bytes = body.readNBytes((int) LARGEST_DOWNLOAD + 1);
                    return bytes.length > LARGEST_DOWNLOAD ? Optional.empty() : Optional.of(bytes);
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
