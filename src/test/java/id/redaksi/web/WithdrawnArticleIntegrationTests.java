package id.redaksi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.RawHttp;
import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.Drafting;
import id.redaksi.newsroom.Newsroom;
import id.redaksi.newsroom.Story;
import id.redaksi.newsroom.WorkflowRefused;
import id.redaksi.site.Site;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A withdrawn article's address keeps answering, as the Pedoman Pemberitaan Media Siber expects: a 410 with the
 * reason and the time, in the site's look, while the article leaves every list; a republication brings it back.
 */
@PortalTest
class WithdrawnArticleIntegrationTests {

    private static final String REASON = "Narasumber mencabut keterangannya; fakta belum dapat diverifikasi.";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Newsroom newsroom;

    @Autowired
    Drafting drafting;

    @Autowired
    AuditLog audit;

    @LocalServerPort
    int port;

    Site site;
    Actor editor;

    @BeforeEach
    void setUp() {
        site = fixtures.site().create();
        editor = fixtures.account(site, Role.EDITOR);
    }

    @Test
    void theAddressAnswers410WithTheReasonAndTheTimeInTheSitesLook() {
        var story = published("Gedung Sekolah Roboh Diterjang Angin");
        var path = http().canonical(story.id());
        http().get(path);

        newsroom.unpublish(editor, site.id(), story.id(), "  " + REASON + " ");

        var gone = http().get(path);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
        var page = Jsoup.parse(RawHttp.text(gone));
        assertThat(page.select("h1").text()).isEqualTo("Berita ini telah dicabut");
        assertThat(page.select(".withdrawal .reason").text()).isEqualTo(REASON);
        assertThat(page.select(".withdrawal time").attr("datetime"))
                .startsWith(java.time.LocalDate.now(site.zone()).toString());
        assertThat(page.select("header.masthead")).hasSize(1);
        assertThat(page.text()).contains("Gedung Sekolah Roboh Diterjang Angin");
        assertThat(http().get("/baca/" + story.id()).statusCode()).isEqualTo(410);
        assertThat(http().get("/baca/" + story.id() + "/20200101/000000/lain").statusCode())
                .isEqualTo(410);
        assertThat(audit.ofStory(story.id()).getFirst())
                .satisfies(e -> assertThat(e.action()).isEqualTo("mencabut"))
                .satisfies(e -> assertThat(e.detail()).isEqualTo(REASON));
    }

    @Test
    void aWithdrawnArticleLeavesFeedsSitemapsAndApiListsAndItsApiAddressAnswers410() {
        var story = published("Harga Cabai Melonjak Tajam");
        newsroom.unpublish(editor, site.id(), story.id(), REASON);

        assertThat(RawHttp.text(http().get("/rss.xml"))).doesNotContain("Harga Cabai Melonjak Tajam");
        assertThat(RawHttp.text(http().get("/sitemap-news.xml"))).doesNotContain("/baca/" + story.id() + "/");
        assertThat(RawHttp.text(http().get("/api/v1/articles"))).doesNotContain("Harga Cabai Melonjak Tajam");
        var api = http().get("/api/v1/articles/" + story.id());
        assertThat(api.statusCode()).isEqualTo(410);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(RawHttp.text(api)).contains(REASON).contains("\"status\":410");
    }

    @Test
    void aRepublishedArticleIsServedAgainNotTheNoticeOfItsWithdrawal() {
        var story = published("Pembangunan Jalan Tol Dilanjutkan");
        var path = http().canonical(story.id());
        newsroom.unpublish(editor, site.id(), story.id(), REASON);
        assertThat(http().get(path).statusCode()).isEqualTo(410);

        newsroom.publish(editor, site.id(), story.id());

        var back = http().get(path);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(RawHttp.text(back)).select("h1").text()).isEqualTo("Pembangunan Jalan Tol Dilanjutkan");
        assertThat(RawHttp.text(http().get("/api/v1/articles/" + story.id()))).contains("Pembangunan Jalan Tol");
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedAndTheArticleStays() {
        var story = published("Festival Budaya Dibuka");
        var path = http().canonical(story.id());

        assertThatThrownBy(() -> newsroom.unpublish(editor, site.id(), story.id(), "  "))
                .isInstanceOf(WorkflowRefused.class)
                .hasMessageContaining("\"Tulis alasan pencabutan berita; pembaca akan melihatnya di alamat berita.\"");
        assertThat(http().get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void theGoneNoticeIsNotKeptByCaches() {
        var story = published("Kebakaran Pasar Induk");
        var path = http().canonical(story.id());
        newsroom.unpublish(editor, site.id(), story.id(), REASON);

        assertThat(http().get(path).headers().firstValue("Cache-Control")).hasValue("private, no-store");
    }

    private Story published(String title) {
        var story = drafting.create(editor, site.id(), Fixtures.draft(site, editor, title));
        return newsroom.publish(editor, site.id(), story.id());
    }

    private RawHttp http() {
        return new RawHttp(port, site.hosts().getFirst());
    }
}
