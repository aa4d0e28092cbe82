package id.redaksi.search;

/** How a search lists what it found. */
public enum SearchOrder {
    /** Newest first, as news searches are read: what happened lately about this. */
    NEWEST,
    /**
     * Best match first among the newest {@value Search#RELEVANCE_WINDOW} matches: ranking every match of a common
     * word on a site of a million articles would read tens of thousands of them for each search.
     */
    RELEVANCE
}
