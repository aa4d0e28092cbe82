/** The network's sites: their host names, settings, dateline, time zone and rubrics (kanal). */
@ApplicationModule(allowedDependencies = {})
package id.redaksi.site;

import org.springframework.modulith.ApplicationModule;
