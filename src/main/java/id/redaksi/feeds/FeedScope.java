package id.redaksi.feeds;

/** Which articles of a site a feed carries: all of them, one rubric's, or one topic's. */
record FeedScope(long siteId, Long rubricId, Long topicId) {

    static FeedScope site(long siteId) {
        return new FeedScope(siteId, null, null);
    }

    static FeedScope rubric(long siteId, long rubricId) {
        return new FeedScope(siteId, rubricId, null);
    }

    static FeedScope topic(long siteId, long topicId) {
        return new FeedScope(siteId, null, topicId);
    }
}
