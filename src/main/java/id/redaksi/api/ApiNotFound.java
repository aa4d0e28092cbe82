package id.redaksi.api;

/** The site has nothing at this id or slug; the message is the problem's detail, so it is written for clients. */
class ApiNotFound extends RuntimeException {

    ApiNotFound(String detail) {
        super(detail);
    }
}
