package id.redaksi.demo;

import id.redaksi.article.Person;
import id.redaksi.article.Topic;
import id.redaksi.demo.DemoSites.DemoSite;
import id.redaksi.site.Site;
import java.util.List;
import java.util.Map;

/**
 * What the demo made for one site before its articles: the ids the articles refer to.
 *
 * @param topics every topic of the site by name
 * @param places the topics that name a place of the region, given to articles that mention the place
 * @param imageByRubric the lead picture of each rubric, by rubric id
 */
record SiteCast(
        DemoSite spec,
        Site site,
        List<Person> writers,
        List<Person> editors,
        Map<String, Topic> topics,
        List<Topic> places,
        Map<Long, Long> imageByRubric) {}
