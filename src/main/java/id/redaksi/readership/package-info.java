/** Counting reads: the hit beacon, counters in memory flushed in batches, and most-read lists. */
@ApplicationModule(allowedDependencies = {"site", "article"})
package id.redaksi.readership;

import org.springframework.modulith.ApplicationModule;
