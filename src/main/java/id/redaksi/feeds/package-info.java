/** Machine-readable views of a site for readers' apps and aggregators: RSS 2.0 feeds per site, rubric and topic. */
package id.redaksi.feeds;
