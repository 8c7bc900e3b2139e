package org.aiip.tracker.opendata.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar initiative-tracker.jar --tracker.restore.snapshot=initiative-tracker-2026-12-04.zip}:
 * restores a snapshot into this new, empty instance as {@code POST /data/restore} does (same checks, same
 * refusals), for snapshots larger than an upload may be; prints what it wrote or why it refused, and exits
 * (0 restored, 1 refused). Runs after the shipped record is loaded, which the restore then replaces. With
 * {@code --tracker.restore.exit=false} the instance goes on running; a refusal then stops its start.
 */
@Component
@Order(20)
class RestoreCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);

    private final SnapshotRestore restore;

    private final MessageSource messages;

    private final ConfigurableApplicationContext context;

    private final String snapshot;

    private final boolean exit;

    RestoreCommand(SnapshotRestore restore, MessageSource messages, ConfigurableApplicationContext context,
            @Value("${tracker.restore.snapshot:}") String snapshot, @Value("${tracker.restore.exit:true}") boolean exit) {
        this.restore = restore;
        this.messages = messages;
        this.context = context;
        this.snapshot = snapshot;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (this.snapshot.isBlank()) {
            return;
        }
        Path file = Path.of(this.snapshot);
        if (!Files.isReadable(file)) {
            throw new NoSuchFileException(file.toString());
        }
        int code;
        try {
            SnapshotRestore.Restored done = this.restore.restore(file.getFileName().toString(), file);
            log.info(this.messages.getMessage("opendata.restored", new Object[] { done.rows(), done.tables(),
                    done.filings() }, Locale.ENGLISH) + " ({})", file);
            code = 0;
        }
        catch (RestoreRefused ex) {
            String message = this.messages.getMessage(ex.code(), ex.args(), Locale.ENGLISH);
            if (!this.exit) {
                throw new IllegalStateException(message, ex);
            }
            log.error("{} ({})", message, file);
            code = 1;
        }
        if (this.exit) {
            int status = code;
            System.exit(SpringApplication.exit(this.context, () -> status));
        }
    }

}
