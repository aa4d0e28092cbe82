package id.redaksi.newsroom;

import id.redaksi.account.Actor;
import id.redaksi.account.Role;
import id.redaksi.article.IssuedNotice;
import id.redaksi.article.Publishing;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections (ralat) and rights of reply (hak jawab) once added ({@link Newsroom#addNotice}): an editor reads,
 * changes or removes them. Each change is audited with the text it replaced, since readers may have quoted it, and
 * shows on the article at once.
 */
@Service
public class Notices {

    private final Stories stories;
    private final Publishing articles;
    private final AuditLog audit;

    Notices(Stories stories, Publishing articles, AuditLog audit) {
        this.stories = stories;
        this.articles = articles;
        this.audit = audit;
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
