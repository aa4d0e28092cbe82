package id.redaksi.web;

/** The {@code halaman} query parameter of list pages: 1-based, bounded so nobody can ask for page 10⁹. */
final class PageNumber {

    static final int SIZE = 20;
    static final int MAX = 500;

    private PageNumber() {}

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 1 && page <= MAX) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other number out of range
        }
        throw new BadRequest("error.pageNumber", MAX);
    }

    static int offset(int page) {
        return (page - 1) * SIZE;
    }

    /** Links to the neighbouring pages of {@code path}; we fetch one row more than we show to know of a next. */
    static Pages.Pager pager(String path, int page, boolean hasNext) {
        return new Pages.Pager(page <= 1 ? null : path(path, page - 1), hasNext ? path(path, page + 1) : null);
    }

    /** The address of a page of the list at {@code path}, which may carry a query of its own; page 1 has none. */
    static String path(String path, int page) {
        return page == 1 ? path : path + (path.contains("?") ? "&" : "?") + "halaman=" + page;
    }
}
