package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YouTubeVideoTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
                "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ?si=Ab-12_x",
                "https://www.youtube.com/shorts/dQw4w9WgXcQ",
                " https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share "
            })
    void readsTheVideoOfEveryAddressAWriterPastes(String address) {
        var video = YouTubeVideo.of(address).orElseThrow();

        assertThat(video.id()).isEqualTo("dQw4w9WgXcQ");
        assertThat(video.embedUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(video.watchUrl()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://vimeo.com/76979871",
                "https://www.youtube.com.example.id/watch?v=dQw4w9WgXcQ",
                "https://example.id/?u=https://youtu.be/dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXc",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"onload=\"x",
                "https://www.youtube.com/embed/dQw4w9WgXcQ",
                "https://www.youtube.com/channel/UC123",
                ""
            })
    void anythingElseIsNoVideo(String address) {
        assertThat(YouTubeVideo.of(address)).isEmpty();
    }
}
