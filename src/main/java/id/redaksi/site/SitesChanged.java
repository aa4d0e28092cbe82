package id.redaksi.site;

import java.util.Set;

/**
 * The sites this node holds changed: a site or its hosts, settings or rubrics. Raised by {@link Sites} whenever what it
 * reads differs from what it held, whatever the cause: a change made here (inside its transaction, before the commit),
 * another node's announcement, or the periodic recheck.
 *
 * @param siteIds the sites added, removed or changed
 */
public record SitesChanged(Set<Long> siteIds) {}
