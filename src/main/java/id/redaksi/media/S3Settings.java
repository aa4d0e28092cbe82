package id.redaksi.media;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bucket media live in when {@code redaksi.media.storage=s3}: AWS S3, or any store speaking its API (Cloudflare
 * R2, MinIO, Ceph RGW) at {@code endpoint}.
 *
 * @param endpoint the store's address; none for AWS itself
 * @param pathStyle address the bucket in the path ({@code endpoint/bucket/key}) rather than as a host name, as MinIO
 *     and Ceph usually need
 * @param accessKey with {@code secretKey}, the store's credentials; when absent the SDK's default chain is used
 *     (environment, profile, instance role)
 * @param timeout how long one read or write may take, retries included, before the store counts as unreachable
 */
@ConfigurationProperties("redaksi.media.s3")
record S3Settings(
        String bucket,
        URI endpoint,
        @DefaultValue("us-east-1") String region,
        @DefaultValue("false") boolean pathStyle,
        String accessKey,
        String secretKey,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("20s") Duration timeout) {

    /** Checked only when the bucket is used: a node keeping media in a directory needs none of this. */
    void requireComplete() {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("redaksi.media.s3.bucket is required when redaksi.media.storage=s3");
        }
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException(
                    "give both redaksi.media.s3.access-key and redaksi.media.s3.secret-key, or neither");
        }
    }
}
