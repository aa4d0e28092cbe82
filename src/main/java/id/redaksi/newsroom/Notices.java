package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.IssuedNotice;
import id.redaksi.article.Notice;
import id.redaksi.article.Publishing;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections (ralat) and rights of reply (hak jawab) on a published article: an editor adds, reads,
 * changes or removes them. Each change is audited with the text it replaced, since readers may have quoted it, and
 * shows on the article at once.
 */
@Service
public class Notices {

    private final Stories stories;
    private final Publishing articles;
    private final AuditLog audit;
    private final Clock clock;

    Notices(Stories stories, Publishing articles, AuditLog audit, Clock clock) {
        this.stories = stories;
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a correction or right of reply to the article while it is published. */
    @Transactional
    public void add(Actor actor, long siteId, long id, Notice.Kind kind, String text) {
        actor.require(Role.EDITOR, siteId);
        var story = story(siteId, id);
        if (!story.isLive() || text == null || text.isBlank()) {
            throw new WorkflowRefused(
                    text == null || text.isBlank()
                            ? "Tulis isi " + kind.label().toLowerCase() + "."
                            : "Berita yang tidak sedang terbit tidak bisa diberi "
                                    + kind.label().toLowerCase() + ".");
        }
        articles.addNotice(id, new Notice(kind, text.strip(), clock.instant()));
        audit.record(siteId, id, actor, "menambah " + kind.label().toLowerCase(), text.strip());
    }

    public List<IssuedNotice> of(Actor actor, long siteId, long storyId) {
        actor.require(Role.EDITOR, siteId);
        story(siteId, storyId);
        return articles.notices(storyId);
    }

    @Transactional
    public void change(Actor actor, long siteId, long storyId, long noticeId, String text) {
        actor.require(Role.EDITOR, siteId);
        story(siteId, storyId);
        var issued = issued(storyId, noticeId);
        var label = issued.notice().kind().label().toLowerCase();
        if (text == null || text.isBlank()) {
            throw new WorkflowRefused("Tulis isi " + label + ". Untuk menghapusnya, pakai tombol Hapus.");
        }
        articles.changeNotice(storyId, noticeId, text.strip());
        audit.record(
                siteId, storyId, actor, "mengubah " + label, issued.notice().text() + " → " + text.strip());
    }

    @Transactional
    public void remove(Actor actor, long siteId, long storyId, long noticeId) {
        actor.require(Role.EDITOR, siteId);
        story(siteId, storyId);
        var issued = issued(storyId, noticeId);
        articles.removeNotice(storyId, noticeId);
        audit.record(
                siteId,
                storyId,
                actor,
                "menghapus " + issued.notice().kind().label().toLowerCase(),
                issued.notice().text());
    }

    private Story story(long siteId, long storyId) {
        return stories.find(siteId, storyId).orElseThrow(() -> new StoryNotFound(storyId));
    }

    private IssuedNotice issued(long storyId, long noticeId) {
        return articles.notices(storyId).stream()
                .filter(n -> n.id() == noticeId)
                .findFirst()
                .orElseThrow(() -> new NoticeNotFound(noticeId));
    }
}
