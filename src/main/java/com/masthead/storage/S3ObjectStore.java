package com.masthead.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in one bucket of an S3-compatible store, the key being the object key (the same keys as the local
 * directory, so a copied store is laid out alike). Objects are private: nothing here sets an ACL; public reading
 * of {@code media/} and {@code epaper/} is the bucket policy's or the CDN's business ({@code docs/storage.md}).
 * Thread-safe (the SDK client is).
 */
final class S3ObjectStore implements ObjectStore {

    private final S3Client client;
    private final String bucket;
    private final String description;

    S3ObjectStore(S3Client client, String bucket, String description) {
        this.client = client;
        this.bucket = bucket;
        this.description = description;
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        client.putObject(
                r -> r.bucket(bucket).key(ObjectKeys.require(key)).contentType(contentType),
                RequestBody.fromInputStream(content, length));
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            HeadObjectResponse head = client.headObject(r -> r.bucket(bucket).key(ObjectKeys.require(key)));
            return Optional.of(new ObjectInfo(head.contentLength(), head.contentType()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        GetObjectRequest.Builder request =
                GetObjectRequest.builder().bucket(bucket).key(ObjectKeys.require(key));
        if (offset > 0) {
            request.range("bytes=" + offset + "-");
        }
        try {
            return client.getObject(request.build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(r -> r.bucket(bucket).key(ObjectKeys.require(key)));
    }

    @Override
    public Stream<String> list(String prefix) {
        return client
                .listObjectsV2Paginator(r -> r.bucket(bucket).prefix(ObjectKeys.requirePrefix(prefix)))
                .contents()
                .stream()
                .map(S3Object::key);
    }

    @Override
    public void checkReachable() {
        client.headBucket(r -> r.bucket(bucket));
    }

    @Override
    public String describe() {
        return description;
    }
}
