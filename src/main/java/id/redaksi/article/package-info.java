/** Articles as readers see them: published revisions, credits, topics, notices and related articles. */
@ApplicationModule(allowedDependencies = {"media"})
package id.redaksi.article;

import org.springframework.modulith.ApplicationModule;
