/** The read-only JSON API for the network's apps. */
@ApplicationModule(allowedDependencies = {"site", "article", "media", "search", "readership"})
package id.redaksi.api;

import org.springframework.modulith.ApplicationModule;
