package org.aiip.tracker.account.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.stereotype.Component;

/**
 * Second-factor secrets as the database keeps them: encrypted with AES-256-GCM (Spring Security's
 * {@link AesBytesEncryptor}, a random IV per secret) under a key from the environment,
 * {@code TRACKER_TOTP_KEY} (32 bytes, Base64). A database dump or backup therefore holds no usable
 * secret without the key. The stored form names its key ({@code v1:<key id>:<Base64>}), so that a key
 * can be rotated: the new key in {@code TRACKER_TOTP_KEY}, the old ones in {@code TRACKER_TOTP_OLD_KEYS}
 * (comma-separated) until {@link TotpKeyRotation} has re-encrypted every secret at start-up. Secrets
 * stored in plain form before encryption existed are read as they are and encrypted the same way.
 * <p>
 * The prod profile refuses to start without the key. Elsewhere, without one, a key is made once and
 * kept in {@code <tracker.data-dir>/totp.key} (readable by the owner only), beside the database but
 * not in the backup.
 */
@Component
class TotpSecrets {

    private static final Logger LOG = LoggerFactory.getLogger(TotpSecrets.class);

    static final String VERSION = "v1:";

    private final String currentId;

    private final Map<String, AesBytesEncryptor> keys = new LinkedHashMap<>();

    TotpSecrets(@Value("${tracker.totp.key:}") String key, @Value("${tracker.totp.old-keys:}") String oldKeys,
            @Value("${tracker.data-dir:./data}") Path dataDir, Environment environment) {
        String current = key.isBlank() ? fallbackKey(dataDir, environment) : key.trim();
        this.currentId = add(current);
        for (String old : oldKeys.split(",")) {
            if (!old.isBlank()) {
                add(old.trim());
            }
        }
    }

    /** The stored form of a secret, encrypted with the current key. */
    String seal(String secret) {
        if (secret == null) {
            return null;
        }
        byte[] sealed = this.keys.get(this.currentId).encrypt(secret.getBytes(StandardCharsets.UTF_8));
        return VERSION + this.currentId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** The secret from its stored form (encrypted with the current or an old key, or still plain). */
    String open(String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            return stored;
        }
        String[] parts = stored.split(":", 3);
        AesBytesEncryptor encryptor = this.keys.get(parts[1]);
        if (encryptor == null) {
            throw new IllegalStateException("A second-factor secret is encrypted with key " + parts[1]
                    + ", which is neither TRACKER_TOTP_KEY nor in TRACKER_TOTP_OLD_KEYS");
        }
        return new String(encryptor.decrypt(Base64.getDecoder().decode(parts[2])), StandardCharsets.UTF_8);
    }

    /** Whether the stored form is encrypted with the current key (nothing to re-encrypt). */
    boolean current(String stored) {
        return stored == null || stored.startsWith(VERSION + this.currentId + ":");
    }

    /** Keeps a key; returns its id, the first 8 hex digits of its SHA-256 (which does not reveal it). */
    private String add(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalStateException("TRACKER_TOTP_KEY and TRACKER_TOTP_OLD_KEYS must be Base64", ex);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("A TOTP key must be 32 bytes (256 bits) in Base64, e.g. from "
                    + "'openssl rand -base64 32'; this one has " + bytes.length);
        }
        String id = HexFormat.of().formatHex(sha256(bytes)).substring(0, 8);
        this.keys.put(id, new AesBytesEncryptor(new SecretKeySpec(bytes, "AES"),
                CipherAlgorithm.GCM.defaultIvGenerator(), CipherAlgorithm.GCM));
        Arrays.fill(bytes, (byte) 0);
        return id;
    }

    private static String fallbackKey(Path dataDir, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("TRACKER_TOTP_KEY must be set in the prod profile (32 bytes in Base64, "
                    + "e.g. from 'openssl rand -base64 32'): it encrypts the second-factor secrets");
        }
        Path file = dataDir.resolve("totp.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
                catch (UnsupportedOperationException ex) {
                    // not a POSIX file system: the directory's permissions protect it
                }
                LOG.warn("TRACKER_TOTP_KEY is not set: second-factor secrets are encrypted with a key made now "
                        + "and kept in {}. Set TRACKER_TOTP_KEY in production (docs/security.md).", file);
            }
            return Files.readString(file).trim();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read or create " + file, ex);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

}
