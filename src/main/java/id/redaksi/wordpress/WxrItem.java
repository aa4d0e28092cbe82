package id.redaksi.wordpress;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export, as written: a post, a page, an attachment, a Co-Authors Plus guest
 * author, a menu entry. Values are the text WordPress wrote, unparsed.
 *
 * @param terms its categories, tags and Co-Authors Plus authors, in the file's order
 * @param meta its custom fields ({@code wp:postmeta}), the first value of each key
 * @param line where the item starts in the file, for the report
 */
record WxrItem(
        long id,
        String type,
        String status,
        String title,
        String link,
        String guid,
        String creator,
        String content,
        String excerpt,
        String name,
        String date,
        String dateGmt,
        String attachmentUrl,
        List<Term> terms,
        Map<String, String> meta,
        int line) {

    /** {@code <category domain="post_tag" nicename="banjir"><![CDATA[Banjir]]></category>}. */
    record Term(String domain, String nicename, String name) {}

    String meta(String key) {
        return meta.getOrDefault(key, "");
    }

    List<Term> terms(String domain) {
        return terms.stream().filter(t -> t.domain().equals(domain)).toList();
    }
}
