package dev.skillfast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.skillfast.accounts.domain.Pem;

/**
 * Tokens an attacker could make are refused with 401. The integration-test server signs with the
 * test key in src/test/resources/it-keys, so this test can also sign well-formed tokens with a wrong
 * issuer, audience or expiry.
 */
class ForgedTokensIT {

    private static Accounts.Session client;
    private static RSAPrivateKey serverKey;
    private static String serverPublicPem;

    @BeforeAll
    static void setUp() throws Exception {
        client = Accounts.newUser("CLIENT");
        serverKey = Pem.parsePrivateKey(Files.readString(Path.of("src/test/resources/it-keys/private.pem")));
        serverPublicPem = Files.readString(Path.of("src/test/resources/it-keys/public.pem"));
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("skillfast").audience("skillfast-api").subject(client.userId())
                .claim("upn", client.email()).claim("groups", List.of("ADMIN")).claim("tv", 0)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String rs256(JWTClaimsSet claims, RSAPrivateKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static int status(String token, String path) {
        HttpResponse<String> response = ItServer.send(HttpRequest.newBuilder(ItServer.uri(path))
                .header("Authorization", "Bearer " + token).GET().build());
        return response.statusCode();
    }

    @Test
    void theControlTokenSignedWithTheServerKeyWorks() throws Exception {
        // The same claims as the forgeries but with the real role and key: accepted, so the refusals below
        // are about what was forged and nothing else.
        String token = rs256(validClaims().claim("groups", List.of("CLIENT")).build(), serverKey);
        assertThat(status(token, "/api/me")).isEqualTo(200);
    }

    @Test
    void algNoneIsRefused() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(validClaims().build().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(status(header + "." + payload + ".", "/api/me")).isEqualTo(401);
        assertThat(status(header + "." + payload + ".", "/api/admin/users")).isEqualTo(401);
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        for (byte[] secret : List.of(serverPublicPem.getBytes(StandardCharsets.US_ASCII),
                Pem.parsePublicKey(serverPublicPem).getEncoded())) {
            byte[] key = secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), validClaims().build());
            jwt.sign(new MACSigner(key));
            assertThat(status(jwt.serialize(), "/api/admin/users")).isEqualTo(401);
        }
    }

    @Test
    void anotherRsaKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey otherKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        assertThat(status(rs256(validClaims().build(), otherKey), "/api/admin/users")).isEqualTo(401);
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        assertThat(status(rs256(validClaims().issuer("someone-else").claim("groups", List.of("CLIENT")).build(),
                serverKey), "/api/me")).isEqualTo(401);
    }

    @Test
    void wrongAudienceIsRefused() throws Exception {
        assertThat(status(rs256(validClaims().audience("another-api").claim("groups", List.of("CLIENT")).build(),
                serverKey), "/api/me")).isEqualTo(401);
    }

    @Test
    void expiredIsRefused() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        assertThat(status(rs256(validClaims().claim("groups", List.of("CLIENT")).issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past)).build(), serverKey), "/api/me")).isEqualTo(401);
    }

    @Test
    void aTokenExpiredAMinuteAgoIsRefused() throws Exception {
        // Within the runtime's default 5-minute clock skew, but past the configured 30 s.
        Instant past = Instant.now().minusSeconds(60);
        assertThat(status(rs256(validClaims().claim("groups", List.of("CLIENT")).issueTime(Date.from(past.minusSeconds(900)))
                .expirationTime(Date.from(past)).build(), serverKey), "/api/me")).isEqualTo(401);
    }

    @Test
    void aTamperedGroupsClaimIsRefused() {
        String[] parts = client.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CLIENT\"", "\"ADMIN\"");
        assertThat(payload).contains("\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(status(tampered, "/api/admin/users")).isEqualTo(401);
    }

    @Test
    void aClientTokenOnAnAdminEndpointIs403() {
        assertThat(status(client.accessToken(), "/api/admin/users")).isEqualTo(403);
    }

    @Test
    void aValidlySignedTokenClaimingAnotherRoleIsRefused() throws Exception {
        // Even with the real key, a token whose role differs from the account's is out of date.
        assertThat(status(rs256(validClaims().build(), serverKey), "/api/admin/users")).isEqualTo(401);
    }
}
