package id.redaksi.media;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media files as objects in an S3-compatible bucket, shared by every node. An object is written whole or not at all
 * by the store itself; it carries its content type and a year's caching, for a CDN that reads the bucket directly.
 */
@ConditionalOnProperty(name = "redaksi.media.storage", havingValue = "s3")
@Component
class S3Storage implements MediaStorage, AutoCloseable {

    /** The caching {@link MediaWebConfiguration} gives files from a directory: keys are never reused. */
    static final String CACHING =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();

    private final S3Client s3;
    private final String bucket;

    S3Storage(S3Settings settings) {
        settings.requireComplete();
        this.bucket = settings.bucket();
        var client = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.timeout()))
                .overrideConfiguration(c -> c.apiCallTimeout(settings.timeout()))
                .credentialsProvider(
                        settings.accessKey() == null
                                ? DefaultCredentialsProvider.builder().build()
                                : StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        if (settings.endpoint() != null) {
            // stores that speak S3's API (s3proxy, older MinIO and Ceph, R2 in part) lag behind the checksums AWS
            // added in 2025; the SDK would send them on every request and these stores refuse or miscompute them
            client.endpointOverride(settings.endpoint())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        this.s3 = client.build();
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        try {
            s3.putObject(
                    r -> r.bucket(bucket).key(key).contentType(contentType(key)).cacheControl(CACHING),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException("could not write " + key + " to bucket " + bucket, e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void check() throws IOException {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (SdkException e) {
            throw new IOException("bucket " + bucket + " cannot be reached", e);
        }
    }

    /**
     * Opens a stored file to stream it, or says the reader's copy is current.
     *
     * @param etag the reader's {@code If-None-Match}, or null
     * @return empty when there is no such file
     * @throws IOException when the store cannot be reached or fails
     */
    Optional<MediaObject> open(String key, String etag) throws IOException {
        try {
            var object = s3.getObject(r -> r.bucket(bucket).key(key).ifNoneMatch(etag));
            var head = object.response();
            return Optional.of(new MediaObject(head.eTag(), contentType(key), head.contentLength(), object));
        } catch (S3Exception e) {
            return switch (e.statusCode()) {
                case 304 -> Optional.of(MediaObject.notModified(etag));
                case 404 -> Optional.empty();
                default -> throw new IOException("could not read " + key + " from bucket " + bucket, e);
            };
        } catch (SdkException e) {
            throw new IOException("could not read " + key + " from bucket " + bucket, e);
        }
    }

    /** By the key's extension, which the pipeline chose from the picture's content: never what an uploader said. */
    static String contentType(String key) {
        for (var format : ImageFormat.values()) {
            if (key.endsWith("." + format.extension())) {
                return format.contentType();
            }
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        s3.close();
    }
}
