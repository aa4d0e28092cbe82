package id.redaksi.api;

import id.redaksi.article.Withdrawal;

/** The article was withdrawn: the problem's detail tells clients when and why, as the article's page tells readers. */
class ApiGone extends RuntimeException {

    ApiGone(Withdrawal withdrawal) {
        super("The article was withdrawn at " + withdrawal.at() + ": " + withdrawal.reason());
    }
}
