package com.masthead.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the S3 client from {@code masthead.storage.s3.*}. */
final class S3Stores {

    private S3Stores() {}

    static S3ObjectStore open(StorageProperties.S3 s3) {
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("masthead.storage.s3.bucket must be set for S3 storage");
        }
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials(s3))
                .forcePathStyle(s3.pathStyleAccess())
                // Aliyun OSS, Tencent COS, Ceph and older MinIO refuse the SDK's newer default checksums
                // (aws-chunked CRC trailers); send and check them only where an operation requires it.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        String where =
                s3.endpoint() == null ? "AWS " + s3.region() : s3.endpoint().toString();
        return new S3ObjectStore(builder.build(), s3.bucket(), "bucket " + s3.bucket() + " at " + where);
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 s3) {
        if (s3.accessKey() == null || s3.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
    }
}
