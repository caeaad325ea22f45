package dev.skillfast.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;

import org.junit.jupiter.api.Test;

class PemTest {

    @Test
    void readsOpenSslKeysAndWritesThePublicOneBack() throws Exception {
        String publicPem = Files.readString(Path.of("src/test/resources/it-keys/public.pem"));
        RSAPublicKey publicKey = Pem.parsePublicKey(publicPem);
        assertThat(Pem.parsePrivateKey(Files.readString(Path.of("src/test/resources/it-keys/private.pem"))))
                .satisfies(key -> assertThat(key.getModulus()).isEqualTo(publicKey.getModulus()));
        assertThat(Pem.parsePublicKey(Pem.publicKey(publicKey))).isEqualTo(publicKey);
    }

    @Test
    void aKeyOnOneLineIsFineToo() throws Exception {
        String oneLine = Files.readString(Path.of("src/test/resources/it-keys/public.pem")).replace("\n", "");
        assertThat(Pem.parsePublicKey(oneLine).getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void garbageIsAClearError() {
        assertThatThrownBy(() -> Pem.parsePrivateKey("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8");
    }
}
