package id.redaksi.demo;

import id.redaksi.article.Notice;
import id.redaksi.newsroom.ImportedStory;
import java.util.List;

/** A demo article ready to be stored: its story and the notices to show under it. */
record PlannedArticle(ImportedStory story, List<Notice> notices) {}
