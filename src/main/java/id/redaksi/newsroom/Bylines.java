package id.redaksi.newsroom;

import id.redaksi.account.Accounts;
import id.redaksi.article.People;
import id.redaksi.article.Person;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who a story may credit as writer or editor. People have no site of their own; a person is the site's when an
 * account of theirs has a role on it, when the site's articles already credit them, or while they are nobody's yet
 * (no account and no credit anywhere: a profile an admin just added). Whoever the story credits already stays
 * creditable, so a writer who left keeps their byline on the stories they wrote.
 */
@Component
public class Bylines {

    private final People people;
    private final Accounts accounts;

    Bylines(People people, Accounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    /** The people the story (null for a new one) may credit, by name. */
    public List<Person> of(long siteId, Story story) {
        var linked = accounts.linkedPeople(siteId);
        var members = new HashSet<>(linked.onSite());
        if (story != null) {
            members.addAll(story.draft().writerIds());
            if (story.draft().editorId() != null) {
                members.add(story.draft().editorId());
            }
        }
        return people.creditable(siteId, members, linked.all());
    }
}
