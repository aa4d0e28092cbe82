/**
 * Machine-readable views of a site for readers' apps, aggregators and crawlers: RSS 2.0 feeds per site, rubric
 * and topic; robots.txt; sitemaps (an index, one per month of articles, one of list pages) and a Google News sitemap.
 */
@ApplicationModule(allowedDependencies = {"site", "article", "media"})
package id.redaksi.feeds;

import org.springframework.modulith.ApplicationModule;
