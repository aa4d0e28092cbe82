package id.redaksi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Recomputes the hash of every inline script in the templates, so a script changed without its hash fails here. */
class ContentSecurityPolicyTests {

    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @Test
    void scriptsRunFromTheSiteAndTheTemplatesInlineScriptsByTheirHashesOnly() throws IOException {
        var hashes =
                inlineScripts().stream().map(ContentSecurityPolicyTests::hash).toList();

        assertThat(hashes).hasSize(1);
        assertThat(directive("script-src")).isEqualTo("'self' " + String.join(" ", hashes));
    }

    @Test
    void anInlineScriptHasNoTemplateOutputSoItIsTheSameOnEveryPage() throws IOException {
        assertThat(inlineScripts())
                .allSatisfy(script -> assertThat(script)
                        .doesNotContain("${")
                        .doesNotContain("$unsafe{")
                        .doesNotContain("!{")
                        .doesNotContain("@if")
                        .doesNotContain("@for")
                        .doesNotContain("@template"));
    }

    @Test
    void noTemplateHasAnInlineEventHandlerOrAJavascriptAddress() throws IOException {
        var handler = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        var found = new ArrayList<String>();
        for (var template : templates()) {
            var text = Files.readString(template);
            if (handler.matcher(text).find() || text.toLowerCase().contains("javascript:")) {
                found.add(template.toString());
            }
        }

        assertThat(found).isEmpty();
    }

    @Test
    void framesComeOnlyFromYouTubesPrivacyEnhancedPlayer() {
        assertThat(directive("frame-src")).isEqualTo("https://www.youtube-nocookie.com");
    }

    @Test
    void stylesKeepInlineStylesThatTheEditorSetsAndNothingElseIsLoosened() {
        assertThat(directive("style-src")).isEqualTo("'self' 'unsafe-inline'");
        assertThat(directive("default-src")).isEqualTo("'self'");
        assertThat(directive("object-src")).isEqualTo("'none'");
        assertThat(ContentSecurityPolicy.DIRECTIVES)
                .doesNotContain("unsafe-eval")
                .doesNotContain("unsafe-hashes");
    }

    /** Executable inline scripts: not those loaded by address, nor the JSON-LD data blocks a browser never runs. */
    private static List<String> inlineScripts() throws IOException {
        var scripts = new ArrayList<String>();
        for (var template : templates()) {
            var matcher = SCRIPT.matcher(Files.readString(template));
            while (matcher.find()) {
                var attributes = matcher.group(1);
                if (!attributes.contains("src=") && !attributes.contains("application/ld+json")) {
                    scripts.add(matcher.group(2));
                }
            }
        }
        return scripts;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
    }

    private static String directive(String name) {
        return Stream.of(ContentSecurityPolicy.DIRECTIVES.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .map(d -> d.substring(name.length() + 1))
                .findFirst()
                .orElseThrow();
    }

    private static String hash(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
