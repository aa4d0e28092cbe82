/** Articles as readers see them: published revisions, credits, topics, notices and related articles. */
package id.redaksi.article;
