package org.aiip.tracker.account.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Second-factor secrets encrypted under a key from the environment, and the key's rotation. */
class TotpSecretsTests {

    private static final String KEY_A = Base64.getEncoder().encodeToString("a".repeat(32).getBytes());

    private static final String KEY_B = Base64.getEncoder().encodeToString("b".repeat(32).getBytes());

    @TempDir
    Path dataDir;

    @Test
    void aSecretIsStoredEncryptedWithARandomIvAndReadBack() {
        TotpSecrets secrets = secrets(KEY_A, "");
        String sealed = secrets.seal("JBSWY3DPEHPK3PXP");
        assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(secrets.seal("JBSWY3DPEHPK3PXP")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(secrets.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(secrets.open("PLAINOLDSECRET")).as("secrets from before encryption").isEqualTo("PLAINOLDSECRET");
    }

    @Test
    void anotherKeyCannotReadItAndTheOldKeyIsKeptDuringRotation() {
        String sealedWithA = secrets(KEY_A, "").seal("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> secrets(KEY_B, "").open(sealedWithA)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("TRACKER_TOTP_OLD_KEYS");
        TotpSecrets rotating = secrets(KEY_B, KEY_A);
        assertThat(rotating.current(sealedWithA)).isFalse();
        assertThat(rotating.open(sealedWithA)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(rotating.current(rotating.seal("JBSWY3DPEHPK3PXP"))).isTrue();
    }

    @Test
    void prodRefusesToStartWithoutAKeyAndKeysMustBe256Bits() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new TotpSecrets("", "", this.dataDir, prod)).hasMessageContaining("TRACKER_TOTP_KEY");
        assertThatThrownBy(() -> secrets(Base64.getEncoder().encodeToString(new byte[16]), ""))
            .hasMessageContaining("32 bytes");
    }

    @Test
    void withoutAKeyOutsideProdOneIsMadeOnceInTheDataDirectoryForItsOwnerOnly() throws Exception {
        TotpSecrets first = new TotpSecrets("", "", this.dataDir, new MockEnvironment());
        String sealed = first.seal("JBSWY3DPEHPK3PXP");
        Path file = this.dataDir.resolve("totp.key");
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
        assertThat(new TotpSecrets("", "", this.dataDir, new MockEnvironment()).open(sealed))
            .isEqualTo("JBSWY3DPEHPK3PXP");
    }

    private TotpSecrets secrets(String key, String oldKeys) {
        return new TotpSecrets(key, oldKeys, this.dataDir, new MockEnvironment());
    }

}
