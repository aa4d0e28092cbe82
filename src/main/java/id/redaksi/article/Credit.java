package id.redaksi.article;

/** A person as credited on an article; the slug names their profile page. */
public record Credit(String slug, String name) {}
