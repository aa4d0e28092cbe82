package id.redaksi.media;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves stored media under {@code /media/}; keys are never reused, so files may be cached for a year. */
@ConditionalOnProperty(name = "redaksi.media.storage", havingValue = "directory", matchIfMissing = true)
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

    private final MediaSettings settings;

    MediaWebConfiguration(MediaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .addResourceLocations(
                        settings.directory().toAbsolutePath().toUri().toString())
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
