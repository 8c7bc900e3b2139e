package org.aiip.tracker.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time codes (30 s, 6 digits, SHA-1: what authenticator apps expect). A code
 * is accepted for the current time step and one step either side (clock drift), and the step it
 * matched is returned, so that the caller can refuse a code used before (replay).
 */
@Component
public class TotpService {

    public static final int PERIOD_SECONDS = 30;

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1);

    private final Clock clock = Clock.systemUTC();

    String newSecret() {
        return this.secrets.generate();
    }

    /** The time step a six-digit code belongs to (now, or one step before or after), if it is right. */
    OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = Math.floorDiv(this.clock.millis() / 1000, PERIOD_SECONDS);
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(generate(secret, step), digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether the text looks like a six-digit code rather than a recovery code. */
    static boolean looksLikeCode(String code) {
        return code != null && code.replaceAll("\\s", "").matches("\\d{6}");
    }

    private byte[] generate(String secret, long step) {
        try {
            return this.codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
        }
        catch (CodeGenerationException ex) {
            throw new IllegalStateException("TOTP code could not be computed", ex);
        }
    }

    /** The QR code an authenticator app scans, as a data: URI (the CSP allows data: images). */
    String qrCodeDataUri(String username, String secret) {
        QrData data = new QrData.Builder().label(username)
            .secret(secret)
            .issuer("Initiative Tracker")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(PERIOD_SECONDS)
            .build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        }
        catch (QrGenerationException ex) {
            throw new IllegalStateException("QR code could not be generated", ex);
        }
    }

}
