package com.masthead.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * Objects as files under a directory, the key being the relative path ({@code <data-dir>/media/ab/<hash>-o.jpg}):
 * exactly the layout earlier versions wrote, so existing installations need no migration. Each file is written to
 * a temporary file in its directory first and then renamed. The media type comes from the file name. Thread-safe.
 */
final class LocalObjectStore implements ObjectStore {

    private static final String TEMPORARY = ".upload-";

    private final Path root;

    LocalObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), TEMPORARY, ".tmp");
            try {
                long written = Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                if (written != length) {
                    throw new IOException("expected " + length + " bytes for " + key + ", got " + written);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        Path file = path(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new ObjectInfo(Files.size(file), contentTypeOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key, e);
        }
    }

    @Override
    public Stream<String> list(String prefix) {
        Path start = root.resolve(ObjectKeys.requirePrefix(prefix));
        Path folder = prefix.isEmpty() || prefix.endsWith("/") ? start : start.getParent();
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try {
            return Files.walk(folder)
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(key -> key.startsWith(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    @Override
    public void checkReachable() throws IOException {
        Files.createDirectories(root);
        if (!Files.isWritable(root)) {
            throw new IOException("cannot write to " + root);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    static String contentTypeOf(String key) {
        return MediaTypeFactory.getMediaType(key)
                .orElse(MediaType.APPLICATION_OCTET_STREAM)
                .toString();
    }

    private Path path(String key) {
        return root.resolve(ObjectKeys.require(key));
    }
}
