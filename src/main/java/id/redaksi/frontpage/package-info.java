/**
 * The front page as editors arrange it: the headline (Berita Utama) of the site and of each rubric, and the editor's
 * picks (Pilihan Redaksi), each slot falling back to the newest story when it is empty or its pick has expired.
 */
@ApplicationModule(allowedDependencies = {"site", "article"})
package id.redaksi.frontpage;

import org.springframework.modulith.ApplicationModule;
