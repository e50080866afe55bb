package com.masthead.storage;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where files are kept ({@code masthead.storage.*}).
 *
 * @param type {@code local} (default: under {@code masthead.data-dir}) or {@code s3}
 * @param s3 the bucket, for {@code type=s3} and for the copy command
 * @param publicBaseUrl when set, {@code /media/...} and {@code /epaper/files/...} answer with a permanent redirect
 *     to {@code <publicBaseUrl>/<key>} (the bucket's public address or a CDN in front of it) instead of streaming
 *     the file; ticket attachments never go there
 * @param copyToS3 {@code true} copies the local store into the bucket on start ({@link StorageCopy})
 */
@ConfigurationProperties("masthead.storage")
public record StorageProperties(StorageType type, S3 s3, URI publicBaseUrl, boolean copyToS3) {

    public StorageProperties {
        type = type == null ? StorageType.LOCAL : type;
        s3 = s3 == null ? new S3(null, null, null, null, null, false) : s3;
        if (publicBaseUrl != null && publicBaseUrl.toString().endsWith("/")) {
            String url = publicBaseUrl.toString();
            publicBaseUrl = URI.create(url.substring(0, url.length() - 1));
        }
    }

    /** {@code local} or {@code s3}. */
    public enum StorageType {
        LOCAL,
        S3
    }

    /**
     * An S3-compatible bucket.
     *
     * @param endpoint the service address ({@code https://oss-cn-hangzhou.aliyuncs.com}, {@code
     *     http://minio:9000}); empty for AWS itself
     * @param bucket the bucket's name (it must exist)
     * @param region the signing region; default {@code us-east-1} (MinIO and most compatible stores accept it)
     * @param accessKey the access key; empty to use the SDK's default credential chain (environment, instance role)
     * @param secretKey the secret key; never logged
     * @param pathStyleAccess {@code true} for {@code <endpoint>/<bucket>/<key>} addresses (MinIO, Ceph, S3Proxy);
     *     {@code false} (default) for {@code <bucket>.<endpoint>/<key>} (AWS, Aliyun OSS, Tencent COS)
     */
    public record S3(
            URI endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyleAccess) {

        public S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region;
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey="
                    + accessKey + ", secretKey=" + (secretKey == null ? "null" : "******") + ", pathStyleAccess="
                    + pathStyleAccess + "]";
        }
    }
}
