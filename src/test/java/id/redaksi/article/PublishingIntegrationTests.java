package id.redaksi.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.redaksi.Fixtures;
import id.redaksi.PortalTest;
import id.redaksi.site.Site;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Whoever changes what readers see (the newsroom, the scheduler, an import), the change announces itself. */
@PortalTest
@RecordApplicationEvents
class PublishingIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Publishing publishing;

    @Autowired
    ApplicationEvents events;

    Site site;
    long rubric;

    @BeforeEach
    void setUp() {
        site = fixtures.site().rubrics("politik", "ekonomi").create();
        rubric = site.rubric("ekonomi").orElseThrow().id();
    }

    @Test
    void aPublicationAnnouncesItselfWithItsRubric() {
        long id = fixtures.article(site).rubric("ekonomi").withoutImage().publish();

        assertThat(events.stream(ArticlePublished.class)).containsExactly(new ArticlePublished(site.id(), id, rubric));
    }

    @Test
    void aWithdrawalAnnouncesItselfOnceAndANoticeOnAWithdrawnArticleNothing() {
        long id = fixtures.article(site).rubric("ekonomi").withoutImage().publish();
        events.clear();

        publishing.withdraw(id, "Dicabut.", Instant.now());
        publishing.withdraw(id, "Dicabut lagi.", Instant.now());
        publishing.addNotice(id, new Notice(Notice.Kind.RALAT, "Nama diperbaiki.", Instant.now()));

        assertThat(events.stream(ArticleWithdrawn.class)).containsExactly(new ArticleWithdrawn(site.id(), id, rubric));
        assertThat(events.stream(ArticlePublished.class)).isEmpty();
    }

    @Test
    void eachChangeOfANoticeAnnouncesTheArticleAgain() {
        long id = fixtures.article(site).rubric("ekonomi").withoutImage().publish();
        publishing.addNotice(id, new Notice(Notice.Kind.RALAT, "Nama diperbaiki.", Instant.now()));
        long notice = publishing.notices(id).getFirst().id();
        publishing.changeNotice(id, notice, "Nama dan jabatan diperbaiki.");
        publishing.removeNotice(id, notice);

        assertThat(events.stream(ArticlePublished.class))
                .hasSize(4)
                .containsOnly(new ArticlePublished(site.id(), id, rubric));
    }
}
