package id.redaksi.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PermalinkTests {

    @Test
    void fillsWordPressTagsFromThePostsLocalTime() {
        var post = post("banjir-ijen", List.of(new WxrItem.Term("category", "berita-daerah", "Berita Daerah")));

        assertThat(Permalink.of("/%year%/%monthnum%/%day%/%hour%%minute%%second%-%post_id%/")
                        .addresses(post))
                .containsExactly("/2023/09/05/191500-11");
        assertThat(Permalink.of("/berita/%post_id%-%postname%.HTML").addresses(post))
                .containsExactly("/berita/11-banjir-ijen.html");
    }

    @Test
    void aCategoryStructureGivesAnAddressPerCategoryOrUncategorized() {
        var post = post(
                "banjir-ijen",
                List.of(
                        new WxrItem.Term("category", "berita-daerah", "Berita Daerah"),
                        new WxrItem.Term("post_tag", "banjir", "Banjir"),
                        new WxrItem.Term("category", "%e6%97%a5", "日")));

        assertThat(Permalink.of("/%category%/%postname%/").addresses(post))
                .containsExactly("/berita-daerah/banjir-ijen", "/日/banjir-ijen");
        assertThat(Permalink.of("/%category%/%postname%/").addresses(post("banjir-ijen", List.of())))
                .containsExactly("/uncategorized/banjir-ijen");
    }

    @Test
    void aPostWithoutANameHasNoAddressUnderAStructureOfNames() {
        assertThat(Permalink.of("/%postname%/").addresses(post("", List.of()))).isEmpty();
        assertThat(Permalink.of("/%post_id%/").addresses(post("", List.of()))).containsExactly("/11");
    }

    private static WxrItem post(String name, List<WxrItem.Term> terms) {
        return new WxrItem(
                11,
                "post",
                "publish",
                "Banjir",
                "https://wartamalang.id/?p=11",
                "",
                "budi",
                "",
                "",
                name,
                "2023-09-05 19:15:00",
                "2023-09-05 12:15:00",
                "",
                terms,
                Map.of(),
                1);
    }
}
