package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryEscapesTests {

    @Test
    void percentEncodedUtf8Decodes() {
        assertThat(QueryEscapes.decodes("q=banjir+%E2%82%AC%20kota")).isTrue();
        assertThat(QueryEscapes.decodes("q=a%00b")).isTrue();
        assertThat(QueryEscapes.firstUnreadable("q=banjir&halaman=2")).isNull();
    }

    @Test
    void escapesThatAreNoUtf8OrNoEscapesDoNot() {
        assertThat(QueryEscapes.decodes("%FF")).isFalse();
        assertThat(QueryEscapes.decodes("%C0%AE")).isFalse();
        assertThat(QueryEscapes.decodes("%E2%82")).isFalse();
        assertThat(QueryEscapes.decodes("%ED%A0%80")).isFalse();
        assertThat(QueryEscapes.decodes("%zz")).isFalse();
        assertThat(QueryEscapes.decodes("a%")).isFalse();
        assertThat(QueryEscapes.decodes("a%4")).isFalse();
    }

    @Test
    void theFirstUnreadableParameterIsNamedWhenItsNameIsLikeOurs() {
        assertThat(QueryEscapes.firstUnreadable("q=banjir&limit=%FF&page=%zz")).isEqualTo("limit");
        assertThat(QueryEscapes.firstUnreadable("halaman%FF=2")).isNull();
        assertThat(QueryEscapes.firstUnreadable("%3Cscript%3E=%FF")).isNull();
        assertThat(QueryEscapes.firstUnreadable("flag%zz")).isNull();
    }
}
