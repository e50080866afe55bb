package com.masthead.ticket;

import com.masthead.shared.InvalidInputException;
import com.masthead.system.MastheadProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the files readers attach to tickets under {@code <data-dir>/attachments}, each under a random name with
 * the extension of its real type. Checks size and type (from the bytes) before writing anything; a file written
 * inside a transaction that then rolls back is deleted again, so a refused ticket leaves no file behind. Files are
 * never served publicly. Thread-safe.
 */
@Component
public class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.([a-z]{3,4})");

    private final Path directory;
    private final TicketProperties properties;
    private final SecureRandom random = new SecureRandom();

    AttachmentStore(MastheadProperties masthead, TicketProperties properties) {
        this.directory = masthead.dataDir().resolve("attachments");
        this.properties = properties;
    }

    /**
     * Checks an upload without storing it: empty when it is acceptable, otherwise adds the problem on {@code
     * field} to {@code input}.
     */
    public Optional<AttachmentType> check(String field, byte[] bytes, TicketInput input) {
        long max = properties.attachmentMaxSize().toBytes();
        if (bytes.length > max) {
            input.problem(
                    field,
                    "ticket.attachment.too-large",
                    String.valueOf(properties.attachmentMaxSize().toMegabytes()));
            return Optional.empty();
        }
        Optional<AttachmentType> type = AttachmentType.sniff(bytes);
        if (type.isEmpty()) {
            input.problem(field, "ticket.attachment.unsupported-type");
        }
        return type;
    }

    /**
     * Writes an upload that {@link #check} accepted. Must run inside the transaction that saves the ticket: if it
     * rolls back, the file is deleted.
     *
     * @throws InvalidInputException on {@code field} when the upload is refused after all
     */
    public StoredAttachment store(String field, byte[] bytes) {
        TicketInput input = new TicketInput();
        AttachmentType type = check(field, bytes, input).orElse(null);
        input.throwIfInvalid();
        String name = HexFormat.of().formatHex(randomBytes()) + "." + type.extension();
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment in " + directory, e);
        }
        deleteOnRollback(file);
        return new StoredAttachment(name, type, bytes.length);
    }

    /** The stored file, or empty when the name is malformed or the file is gone. */
    public Optional<AttachmentFile> open(String storedName) {
        Matcher m = storedName == null ? null : STORED_NAME.matcher(storedName);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Optional<AttachmentType> type = AttachmentType.byExtension(m.group(1));
        Path file = directory.resolve(storedName);
        if (type.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AttachmentFile(file, type.get(), Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void deleteOnRollback(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("attachments are stored inside the transaction that saves the ticket");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        log.warn("cannot delete the attachment {} of a rolled-back ticket", file, e);
                    }
                }
            }
        });
    }
}
