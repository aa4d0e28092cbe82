package id.redaksi.site;

/** A site's settings as its admin saves them on the settings screen, already checked. */
public record SiteChange(String name, String tagline, String language, SiteFooter footer) {}
