package id.redaksi.frontpage;

/**
 * What a site's front page or rubric pages show has changed: an editor saved a place (raised in the saving
 * transaction), or a pick has just expired (raised by each node on its own, outside any transaction).
 */
public record FrontPageChanged(long siteId) {}
