/** Full-text search over published articles, and suggestions for misspellings. */
@ApplicationModule(allowedDependencies = {"article"})
package id.redaksi.search;

import org.springframework.modulith.ApplicationModule;
