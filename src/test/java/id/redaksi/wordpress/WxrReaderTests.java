package id.redaksi.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WxrReaderTests {

    @Test
    void readsAuthorsAndItemsOfAWordPress6Export() {
        var authors = new ArrayList<WxrAuthor>();
        var items = new ArrayList<WxrItem>();
        read("wartamalang-wxr-1.2.xml", authors, items);

        assertThat(authors)
                .containsExactly(
                        new WxrAuthor("budi", "Budi Santoso"), new WxrAuthor("sari.dewi", "Sari Dewi Anggraini"));
        assertThat(items)
                .extracting(WxrItem::type)
                .containsExactly(
                        "post",
                        "post",
                        "post",
                        "post",
                        "post",
                        "page",
                        "page",
                        "page",
                        "nav_menu_item",
                        "revision",
                        "attachment",
                        "attachment",
                        "guest-author");
        var first = items.getFirst();
        assertThat(first.id()).isEqualTo(11);
        assertThat(first.title()).isEqualTo("Banjir Rendam Jalan Ijen, Warga Mengungsi 🌧️");
        assertThat(first.dateGmt()).isEqualTo("2023-09-05 12:15:00");
        assertThat(first.excerpt()).isEqualTo("Hujan deras membuat Jalan Ijen tergenang; warga mengungsi.");
        assertThat(first.content()).startsWith("Hujan deras sejak sore").endsWith("日本語のテキストも。");
        assertThat(first.terms("author"))
                .extracting(WxrItem.Term::nicename)
                .containsExactly("cap-rina-wulandari", "cap-budi");
        assertThat(first.meta("_thumbnail_id")).isEqualTo("101");
        assertThat(first.meta("editor")).isEqualTo("sari.dewi");
        assertThat(items.get(10).attachmentUrl())
                .isEqualTo("https://wartamalang.id/wp-content/uploads/2023/09/banjir-jalan-ijen.jpg");
    }

    @Test
    void readsAWordPress5ExportOfVersion11WithoutCdata() {
        var items = new ArrayList<WxrItem>();
        read("kabarkediri-wxr-1.1.xml", new ArrayList<>(), items);

        assertThat(items).hasSize(1);
        assertThat(items.getFirst().title()).isEqualTo("Gethuk Pisang Laris Manis & Tahu Takwa");
        assertThat(items.getFirst().name()).isEqualTo("gethuk-pisang-laris-manis");
        assertThat(items.getFirst().terms("post_tag")).containsExactly(new WxrItem.Term("post_tag", "%e5%ba%97", "店"));
    }

    @Test
    void aMalformedFileStopsAtItsLineAndColumn() {
        assertThatThrownBy(() -> read("malformed.xml", new ArrayList<>(), new ArrayList<>()))
                .isInstanceOf(ExportUnreadable.class)
                .hasMessageStartingWith("The export is malformed at line 110, column ");
    }

    @Test
    void anRssFeedIsNoExport() {
        assertThatThrownBy(() -> read("not-an-export.xml", new ArrayList<>(), new ArrayList<>()))
                .isInstanceOf(ExportUnreadable.class)
                .hasMessage("This is an RSS feed, not a WordPress export: it declares no "
                        + "http://wordpress.org/export/1.x/ namespace.");
    }

    @Test
    void anHtmlPageIsNoExport() {
        assertThatThrownBy(() -> read("not-xml.html", new ArrayList<>(), new ArrayList<>()))
                .isInstanceOf(ExportUnreadable.class)
                .hasMessageStartingWith("This is not a WordPress export: ");
    }

    static void read(String name, List<WxrAuthor> authors, List<WxrItem> items) {
        try (InputStream in = WxrReaderTests.class.getResourceAsStream("/wordpress/" + name)) {
            WxrReader.read(in, new WxrReader.Visitor() {
                @Override
                public void author(WxrAuthor author) {
                    authors.add(author);
                }

                @Override
                public void item(WxrItem item) {
                    items.add(item);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
