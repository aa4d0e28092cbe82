package id.redaksi.wordpress;

/** A {@code <wp:author>} of the export's channel: a WordPress user who wrote in it. */
record WxrAuthor(String login, String displayName) {}
