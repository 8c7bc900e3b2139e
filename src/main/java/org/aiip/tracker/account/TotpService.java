package org.aiip.tracker.account;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/** RFC 6238 time-based one-time codes (30 s, 6 digits, SHA-1: what authenticator apps expect). */
@Component
class TotpService {

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

    private final CodeVerifier verifier;

    TotpService() {
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1),
                new SystemTimeProvider());
        verifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = verifier;
    }

    String newSecret() {
        return this.secrets.generate();
    }

    boolean verify(String secret, String code) {
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        return digits.matches("\\d{6}") && this.verifier.isValidCode(secret, digits);
    }

    /** The QR code an authenticator app scans, as a data: URI (the CSP allows data: images). */
    String qrCodeDataUri(String username, String secret) {
        QrData data = new QrData.Builder().label(username)
            .secret(secret)
            .issuer("Initiative Tracker")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(6)
            .period(30)
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
