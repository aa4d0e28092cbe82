package id.redaksi.site;

/** A section of one site, such as Ekonomi or Olahraga, with its place in the rubric bar. */
public record Rubric(long id, long siteId, String slug, String name, int position) {}
