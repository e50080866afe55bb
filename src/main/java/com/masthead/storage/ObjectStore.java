package com.masthead.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;

/**
 * Where files are kept, by key: {@code /}-separated segments of letters, digits, {@code .}, {@code _} and
 * {@code -} ({@code media/ab/<hash>-o.jpg}, {@code attachments/<name>.pdf}). Writes are whole: a reader sees the
 * complete object or none. Implementations are thread-safe.
 */
public interface ObjectStore {

    /**
     * Stores {@code length} bytes from {@code content} under {@code key} with this media type, replacing what was
     * there. Streams: the content need not fit in memory.
     */
    void put(String key, InputStream content, long length, String contentType);

    /** Size and media type of the object, or empty when there is none. */
    Optional<ObjectInfo> stat(String key);

    /**
     * Reads the object from byte {@code offset} to its end; the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such object
     */
    InputStream open(String key, long offset) throws IOException;

    /** Removes the object; nothing happens when there is none. */
    void delete(String key);

    /** Every key that starts with {@code prefix} (a folder such as {@code media/}), in no particular order. */
    Stream<String> list(String prefix);

    /** Fails when the store cannot be reached or used; for the health endpoint. */
    void checkReachable() throws IOException;

    /** A short, secret-free description for logs and the health endpoint ({@code s3 bucket at endpoint}). */
    String describe();

    /** The data-directory store on {@code root}; for tests and tools that work without the application. */
    static ObjectStore inDirectory(Path root) {
        return new LocalObjectStore(root);
    }

    /**
     * The store {@code masthead.storage.*} describes: the bucket for {@code type=s3}, else the data directory; for
     * the application and for one-shot commands that run without it.
     */
    static ObjectStore configured(StorageProperties storage, Path dataDir) {
        return storage.type() == StorageProperties.StorageType.S3
                ? S3Stores.open(storage.s3())
                : new LocalObjectStore(dataDir);
    }

    default boolean exists(String key) {
        return stat(key).isPresent();
    }

    /** The object's size in bytes, or -1 when there is none. */
    default long size(String key) {
        return stat(key).map(ObjectInfo::size).orElse(-1L);
    }

    default void put(String key, byte[] bytes, String contentType) {
        put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    /** Stores a file's content (streamed). */
    default void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The whole object in memory; for the few callers that decode it (a picture's original). */
    default byte[] readAllBytes(String key) throws IOException {
        try (InputStream in = open(key, 0)) {
            return in.readAllBytes();
        }
    }

    /**
     * The object as a resource for a {@code ResponseEntity} body: its length is known without reading it and byte
     * ranges are read from the store from their first byte, so {@code Range} requests cost only what they ask.
     */
    default Optional<Resource> resource(String key) {
        return stat(key).map(info -> new StoredResource(this, key, info));
    }
}
