package id.redaksi.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageSettingsTests {

    @Test
    void withoutABaseAPictureIsAddressedThroughTheNode() {
        assertThat(new ImageSettings("").address("7/a.jpg")).isEqualTo("/media/7/a.jpg");
        assertThat(new ImageSettings("  ").address("7/a.jpg")).isEqualTo("/media/7/a.jpg");
    }

    @Test
    void aCdnBaseIsUsedWithOrWithoutItsTrailingSlash() {
        assertThat(new ImageSettings("https://cdn.example.id/media").address("7/a.jpg"))
                .isEqualTo("https://cdn.example.id/media/7/a.jpg");
        assertThat(new ImageSettings("https://cdn.example.id/media/").address("7/a.jpg"))
                .isEqualTo("https://cdn.example.id/media/7/a.jpg");
    }

    @Test
    void aBaseThatIsNoWebAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> new ImageSettings("cdn.example.id/media"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redaksi.media.public-base-url must be an http(s) address, or empty: cdn.example.id/media");
    }
}
