package id.redaksi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SearchQueryTests {

    @Test
    void controlCharactersAreSpacesAndTheEndsAreStripped() {
        assertThat(SearchQuery.typed("banjir\u0000kota")).isEqualTo("banjir kota");
        assertThat(SearchQuery.typed("\tbanjir\r\nkota\u001b")).isEqualTo("banjir kota");
        assertThat(SearchQuery.typed(null)).isEmpty();
    }

    @Test
    void sixteenMinusSignsAreAllowedAndSeventeenAreNot() {
        assertThat(SearchQuery.tooManyOperators("banjir " + "-".repeat(16))).isFalse();
        assertThat(SearchQuery.tooManyOperators("banjir " + "-".repeat(17))).isTrue();
        assertThat(SearchQuery.tooManyOperators("anak-anak kupu-kupu -jakarta")).isFalse();
    }

    @Test
    void aTextNotMadeSafeNeverReachesTheDatabase() {
        assertThatIllegalArgumentException().isThrownBy(() -> query("a\u0000b"));
        assertThatIllegalArgumentException().isThrownBy(() -> query("a " + "-".repeat(32)));
        assertThat(query("a -b").text()).isEqualTo("a -b");
    }

    private static SearchQuery query(String text) {
        return new SearchQuery(1, text, null, null, null, SearchOrder.NEWEST, 0, 20);
    }
}
