package id.redaksi.article;

import id.redaksi.media.MediaLibrary;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * An article as its page would show it before it is published: the same {@link PublishedArticle} that
 * {@link Publishing} would store, its ids resolved as {@link Articles} resolves the stored one (writers in byline
 * order, topics by name), so that a preview shows what readers will get.
 */
@Service
public class ArticlePreviews {

    private final People people;
    private final Topics topics;
    private final MediaLibrary media;
    private final LiveReports liveReports;

    ArticlePreviews(People people, Topics topics, MediaLibrary media, LiveReports liveReports) {
        this.liveReports = liveReports;
        this.people = people;
        this.topics = topics;
        this.media = media;
    }

    public Article preview(PublishedArticle published) {
        var content = published.content();
        var image = content.imageId() == null
                ? null
                : media.image(published.siteId(), content.imageId()).orElse(null);
        var editor = content.editorId() == null
                ? null
                : people.byIds(List.of(content.editorId())).stream()
                        .findFirst()
                        .map(Person::credit)
                        .orElse(null);
        return new Article(
                published.id(),
                published.siteId(),
                content,
                image,
                people.byIds(content.writerIds()).stream().map(Person::credit).toList(),
                editor,
                topics.byIds(content.topicIds()),
                List.of(),
                published.publishedAt(),
                published.updatedAt(),
                content.gallery().stream()
                        .flatMap(picture -> media.image(published.siteId(), picture.imageId()).stream()
                                .map(shown -> new GalleryImage(shown, picture.caption(), picture.credit())))
                        .toList(),
                liveReports.find(published.id()).orElse(null));
    }
}
