package com.masthead.ticket;

import com.masthead.shared.InvalidInputException;
import com.masthead.storage.ObjectStore;
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
 * Keeps the files readers attach to tickets in the {@link ObjectStore} under {@code attachments/} (on the local
 * store: {@code <data-dir>/attachments}, as always), each under a random name with the extension of its real type.
 * Checks size and type (from the bytes) before writing anything; a file written inside a transaction that then
 * rolls back is deleted again, so a refused ticket leaves no file behind. Files are never served publicly: no
 * public address is ever made for them ({@code masthead.storage.public-base-url} is for media only), staff download
 * them through the application. Thread-safe.
 */
@Component
public class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.([a-z]{3,4})");

    private static final String FOLDER = "attachments/";

    private final ObjectStore store;
    private final TicketProperties properties;
    private final SecureRandom random = new SecureRandom();

    AttachmentStore(ObjectStore store, TicketProperties properties) {
        this.store = store;
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
        String key = FOLDER + name;
        store.put(key, bytes, type.contentType());
        deleteOnRollback(key);
        return new StoredAttachment(name, type, bytes.length);
    }

    /** The stored file, or empty when the name is malformed or the file is gone. */
    public Optional<AttachmentFile> open(String storedName) {
        Matcher m = storedName == null ? null : STORED_NAME.matcher(storedName);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Optional<AttachmentType> type = AttachmentType.byExtension(m.group(1));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String key = FOLDER + storedName;
        return store.stat(key)
                .flatMap(info ->
                        store.resource(key).map(content -> new AttachmentFile(content, type.get(), info.size())));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("attachments are stored inside the transaction that saves the ticket");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (RuntimeException e) {
                        log.warn("cannot delete the attachment {} of a rolled-back ticket", key, e);
                    }
                }
            }
        });
    }
}
