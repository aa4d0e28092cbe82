package id.redaksi.article;

/** Someone credited on articles, as writer (penulis) or editor, with a public profile page. */
public record Person(long id, String slug, String name, String bio, String photoPath) {

    public Credit credit() {
        return new Credit(slug, name);
    }
}
