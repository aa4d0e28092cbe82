package id.redaksi.wordpress;

import java.util.HashMap;
import java.util.Map;

/**
 * The first pass over an export: how many posts it holds (for the progress line), the names of its authors and
 * Co-Authors Plus guest authors, and its attachments (listed in the database, since a post's pictures usually follow
 * it in the file). It also proves the file well-formed before any post is imported.
 */
final class ExportSurvey implements WxrReader.Visitor {

    private final WordPressPeople.Cast cast;
    private final AttachmentSink attachments;
    private final Map<String, Integer> items = new HashMap<>();
    private int posts;

    interface AttachmentSink {
        void list(ImportedAttachments.Attachment attachment);
    }

    ExportSurvey(WordPressPeople.Cast cast, AttachmentSink attachments) {
        this.cast = cast;
        this.attachments = attachments;
    }

    @Override
    public void author(WxrAuthor author) {
        cast.name(author.login(), author.displayName());
    }

    @Override
    public void item(WxrItem item) {
        items.merge(item.type(), 1, Integer::sum);
        switch (item.type()) {
            case "post" -> posts++;
            case "attachment" ->
                attachments.list(new ImportedAttachments.Attachment(
                        item.id(),
                        item.attachmentUrl().isBlank() ? item.guid() : item.attachmentUrl(),
                        item.meta("_wp_attached_file"),
                        item.excerpt(),
                        credit(item),
                        item.meta("_wp_attachment_image_alt"),
                        null));
            case "guest-author" -> cast.name(item.meta("cap-user_login"), item.meta("cap-display_name"));
            default -> {}
        }
    }

    int posts() {
        return posts;
    }

    Map<String, Integer> items() {
        return Map.copyOf(items);
    }

    /** Media Credit's field, or the photographer a theme or plugin wrote. */
    private static String credit(WxrItem item) {
        for (var key : new String[] {"_media_credit", "_wp_attachment_credit", "credit", "_credit"}) {
            if (!item.meta(key).isBlank()) {
                return item.meta(key);
            }
        }
        return "";
    }
}
