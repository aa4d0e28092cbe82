/** The public pages readers see, rendered with jte; how long they are kept is {@code pagecache}'s to decide. */
@ApplicationModule(
        allowedDependencies = {"site", "article", "media", "search", "readership", "pagecache", "frontpage", "account"})
package id.redaksi.web;

import org.springframework.modulith.ApplicationModule;
