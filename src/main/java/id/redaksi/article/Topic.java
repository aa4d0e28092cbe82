package id.redaksi.article;

/** A topic (topik) of one site, such as a person, a place or a running story. */
public record Topic(long id, long siteId, String slug, String name) {}
