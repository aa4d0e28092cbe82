package id.redaksi.newsroom;

import id.redaksi.account.NotAllowed;

/** A writer acting on a story of their site that they did not write: only its writers and the editors may. */
public class NotYourStory extends NotAllowed {

    public NotYourStory(String username, long storyId) {
        super(username + " is no writer of story " + storyId);
    }
}
