package id.redaksi.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class PageCacheTests {

    final PageCache cache = new PageCache(new PageCacheSettings(true, DataSize.ofMegabytes(1), Duration.ofMinutes(5)));

    @Test
    void anArticlePurgesItsOwnPagesTheListsAndTheFrontPageOfItsSiteOnly() {
        var purged = new String[] {
            "/",
            "/indeks",
            "/terpopuler",
            "/baca/12/20260101/080000/judul",
            "/kanal/politik",
            "/topik/banjir",
            "/penulis/ayu"
        };
        var keptPaths = new String[] {"/baca/120/20260101/080000/judul", "/baca/1/20260101/080000/judul"};
        for (var path : purged) {
            assertThat(new PageKey(3, "a.test", path, "").showsArticle(3, 12))
                    .as(path)
                    .isTrue();
            assertThat(new PageKey(4, "b.test", path, "").showsArticle(3, 12))
                    .as(path)
                    .isFalse();
        }
        for (var path : keptPaths) {
            assertThat(new PageKey(3, "a.test", path, "").showsArticle(3, 12))
                    .as(path)
                    .isFalse();
        }
    }

    @Test
    void aPageRenderedWhileAPurgeHappenedIsNotKept() {
        var key = new PageKey(1, "a.test", "/", "");
        long generation = cache.generation();
        cache.purgeArticle(1, 5);

        cache.put(key, page("lama"), generation);

        assertThat(cache.get(key)).isNull();
        cache.put(key, page("baru"), cache.generation());
        assertThat(cache.get(key)).isNotNull();
    }

    @Test
    void pagesPastTheirLifetimeStayForWhenTheDatabaseIsAway() {
        var key = new PageKey(1, "a.test", "/", "");
        cache.put(key, page("isi"), cache.generation());
        assertThat(cache.fresh(cache.get(key))).isTrue();

        cache.expireAll();

        assertThat(cache.get(key)).isNotNull();
        assertThat(cache.fresh(cache.get(key))).isFalse();
    }

    @Test
    void theCacheKeepsToItsSize() {
        for (int i = 0; i < 100; i++) {
            cache.put(new PageKey(1, "a.test", "/baca/" + i, ""), page("x".repeat(20_000) + i), cache.generation());
        }
        assertThat(cache.size()).isLessThan(100);
    }

    @Test
    void gzipIsTakenWhenNamedOrStarredWithoutQZero() {
        assertThat(PageResponses.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PageResponses.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(PageResponses.acceptsGzip("*")).isTrue();
        assertThat(PageResponses.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageResponses.acceptsGzip("*, gzip;q=0.0")).isFalse();
        assertThat(PageResponses.acceptsGzip("identity")).isFalse();
        assertThat(PageResponses.acceptsGzip(null)).isFalse();
    }

    @Test
    void settingsRefuseAZeroSizeOrLifetime() {
        var runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Settings.class);
        runner.run(context ->
                assertThat(context.getBean(PageCacheSettings.class).maxSize()).isEqualTo(DataSize.ofMegabytes(256)));
        runner.withPropertyValues("redaksi.page-cache.max-size=0")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("max-size must be between 1MB and 64GB"));
        runner.withPropertyValues("redaksi.page-cache.ttl=0s")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("ttl must be between 1 second and 1 day"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PageCacheSettings.class)
    static class Settings {}

    private CachedPage page(String body) {
        return CachedPage.of(body.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8", cache.now());
    }
}
