/** Pictures: uploads, their storage, renditions and the media library. */
@ApplicationModule(allowedDependencies = {})
package id.redaksi.media;

import org.springframework.modulith.ApplicationModule;
