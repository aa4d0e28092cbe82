/**
 * The public side's caching, as infrastructure with its own rules: the one list of what is public
 * ({@link id.redaksi.pagecache.PublicRoute}), the one filter that sets every response's caching
 * ({@link id.redaksi.pagecache.CachingPolicy}), pages kept in memory and purged across nodes when an article changes,
 * and the last good answers that stand in while the database is away.
 */
@ApplicationModule(allowedDependencies = {"site", "article", "readership", "frontpage"})
package id.redaksi.pagecache;

import org.springframework.modulith.ApplicationModule;
