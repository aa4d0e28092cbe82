package id.redaksi.media;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The pictures of each site: stored bytes plus what pages need to show them without layout shift. */
@Service
public class MediaLibrary {

    /** Where {@link MediaWebConfiguration} serves stored files. */
    static final String PATH = "/media/";

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

    private final MediaRecords records;
    private final MediaStorage storage;
    private final ImagePipeline pipeline;
    private final MediaQuota quota;

    MediaLibrary(MediaRecords records, MediaStorage storage, ImagePipeline pipeline, MediaSettings settings) {
        this.records = records;
        this.storage = storage;
        this.pipeline = pipeline;
        this.quota = new MediaQuota(settings.siteQuota());
    }

    /**
     * Stores an image that is already known to be valid (generated, not uploaded) as it is, and returns its id.
     * Renditions are made when its pixels can be read.
     */
    public long store(long siteId, byte[] bytes, String contentType, int width, int height, String alt) {
        var format = ImageFormat.ofContentType(contentType);
        var original = new EncodedImage(format, width, height, bytes);
        return save(siteId, original, pipeline.renditionsOf(bytes, format), alt, "");
    }

    /**
     * Checks an upload by its content, whatever its name says, and stores it without its metadata, with renditions.
     *
     * @param originalName the name on the uploader's disk, only for the log
     * @throws MediaRejected when the file is too large, not a JPEG, PNG or WebP picture, unreadable, too large to
     *     decode, or over the site's quota; {@link MediaBusy} when this node is busy decoding other pictures
     */
    public StoredMedia upload(long siteId, byte[] bytes, String originalName, String alt) {
        quota.admit(records.storedBytes(siteId), bytes.length);
        var prepared = pipeline.prepare(bytes);
        // the name comes from the uploader: control characters could forge log lines
        var name = originalName == null ? "" : originalName.replaceAll("\\p{Cntrl}", "?");
        long id = save(siteId, prepared.original(), prepared.renditions(), alt, name);
        log.info("stored upload {} of site {} as media {}", name, siteId, id);
        return find(siteId, id).orElseThrow();
    }

    /** A site's pictures, newest first. */
    public List<StoredMedia> recent(long siteId, int offset, int limit) {
        return records.recent(siteId, offset, limit);
    }

    /**
     * A site's pictures for the editor's picker, newest first: all of them for a blank query, else those whose
     * description, remembered caption or file name contain every word of it.
     */
    public List<PickableMedia> pickable(long siteId, String query, int limit) {
        var words = Arrays.stream(query.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .toList();
        return records.pickable(siteId, words, limit);
    }

    /** Remembers the caption and credit last used with a picture of the site; blank ones forget nothing. */
    public void remember(long siteId, long id, String caption, String credit) {
        var text = caption == null ? "" : caption.strip();
        var by = credit == null ? "" : credit.strip();
        if (!text.isEmpty() || !by.isEmpty()) {
            records.remember(siteId, id, text, by);
        }
    }

    /** A picture of the site as pages show it, for previews of drafts that are not published yet. */
    public Optional<Image> image(long siteId, long id) {
        return records.image(siteId, id);
    }

    public Optional<StoredMedia> find(long siteId, long id) {
        return records.find(siteId, id);
    }

    /** Whether every address among these that is under {@code /media/} names a picture (or rendition) of the site. */
    public boolean holdsAll(long siteId, Collection<String> paths) {
        var keys = paths.stream()
                .filter(path -> path.startsWith(PATH))
                .map(path -> path.substring(PATH.length()))
                .collect(Collectors.toSet());
        return keys.isEmpty() || records.countOwnKeys(siteId, keys) == keys.size();
    }

    /** Files first, rows after: a failed insert leaves an unused file, never a row without its file. */
    private long save(
            long siteId, EncodedImage original, List<EncodedImage> renditions, String alt, String uploadName) {
        var name = siteId + "/" + UUID.randomUUID();
        var originalFile = put(name + "." + original.format().extension(), original);
        var renditionFiles = new ArrayList<MediaRecords.StoredFile>();
        for (var rendition : renditions) {
            renditionFiles.add(put(
                    name + "-" + rendition.width() + "." + rendition.format().extension(), rendition));
        }
        return records.insert(siteId, originalFile, renditionFiles, alt, uploadName);
    }

    private MediaRecords.StoredFile put(String key, EncodedImage image) {
        try {
            storage.put(key, image.bytes());
        } catch (IOException e) {
            log.warn("could not store media {}", key, e);
            throw new MediaStorageDown(e);
        }
        return new MediaRecords.StoredFile(key, image);
    }
}
