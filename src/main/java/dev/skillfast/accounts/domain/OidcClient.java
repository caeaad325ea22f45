package dev.skillfast.accounts.domain;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * The OpenID Connect relying party, on the Nimbus OAuth 2.0 / OpenID Connect SDK: discovery (kept for an
 * hour), the authorization request (code flow, PKCE S256, state, nonce), the token request, and ID token
 * validation (signature from the provider's published keys, issuer, audience, expiry, nonce). No protocol
 * step is written here by hand.
 */
@ApplicationScoped
public class OidcClient {

    private static final Duration DISCOVERY_KEPT = Duration.ofHours(1);

    @Inject
    SsoSettings settings;

    @Inject
    Clock clock;

    private volatile Provider provider;

    /** The discovered provider and the validator bound to its keys. */
    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant discoveredAt) {
    }

    /** Where to send the browser: the provider's authorization endpoint with this attempt's parameters. */
    public URI authorizationUri(URI callback, String state, String nonce, String codeVerifier) {
        OIDCProviderMetadata metadata = provider().metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scopes()),
                new ClientID(settings.clientId()), callback)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(state))
                .nonce(new Nonce(nonce))
                .codeChallenge(new CodeVerifier(codeVerifier), CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Exchanges the code for tokens and answers the validated ID token's claims. */
    public JWTClaimsSet redeem(String code, URI callback, String codeVerifier, String nonce) {
        Provider current = provider();
        JWT idToken = requestTokens(current.metadata(), code, callback, codeVerifier).getIDToken();
        if (idToken == null) {
            throw new SsoFailure(SsoFailure.Code.INVALID_TOKEN, "The provider answered no ID token");
        }
        try {
            IDTokenClaimsSet claims = current.validator().validate(idToken, new Nonce(nonce));
            return claims.toJWTClaimsSet();
        } catch (BadJOSEException | JOSEException | ParseException e) {
            throw new SsoFailure(audienceIsOurs(idToken) ? SsoFailure.Code.INVALID_TOKEN : SsoFailure.Code.WRONG_AUDIENCE,
                    "ID token refused: " + e.getMessage(), e);
        }
    }

    private OIDCTokens requestTokens(OIDCProviderMetadata metadata, String code, URI callback, String codeVerifier) {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), callback,
                new CodeVerifier(codeVerifier));
        ClientID client = new ClientID(settings.clientId());
        TokenRequest request = settings.clientSecret()
                .map(secret -> new TokenRequest(metadata.getTokenEndpointURI(), secretAuth(metadata, client, secret), grant))
                .orElseGet(() -> new TokenRequest(metadata.getTokenEndpointURI(), client, grant));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(settings.timeoutMillis());
            http.setReadTimeout(settings.timeoutMillis());
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new SsoFailure(SsoFailure.Code.UNAVAILABLE, "Token endpoint unreachable: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new SsoFailure(SsoFailure.Code.PROVIDER_ERROR, "Token response unreadable: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new SsoFailure(SsoFailure.Code.PROVIDER_ERROR, "Token request refused: " + error.getCode()
                    + " " + error.getDescription());
        }
        return response.toSuccessResponse().getTokens().toOIDCTokens();
    }

    private static com.nimbusds.oauth2.sdk.auth.ClientAuthentication secretAuth(OIDCProviderMetadata metadata,
                                                                              ClientID client, String secret) {
        List<ClientAuthenticationMethod> supported = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = supported != null && !supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(client, new Secret(secret)) : new ClientSecretBasic(client, new Secret(secret));
    }

    private boolean audienceIsOurs(JWT idToken) {
        try {
            List<String> audience = idToken.getJWTClaimsSet().getAudience();
            return audience != null && audience.contains(settings.clientId());
        } catch (java.text.ParseException e) {
            return true;
        }
    }

    private Provider provider() {
        Provider current = provider;
        if (current == null || current.discoveredAt().plus(DISCOVERY_KEPT).isBefore(clock.instant())) {
            current = discover();
            provider = current;
        }
        return current;
    }

    private Provider discover() {
        int timeout = settings.timeoutMillis();
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeout, timeout);
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    signingAlgorithm(metadata), metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(timeout, timeout));
            return new Provider(metadata, validator, clock.instant());
        } catch (IOException e) {
            throw new SsoFailure(SsoFailure.Code.UNAVAILABLE, "Provider unreachable: " + e.getMessage(), e);
        } catch (GeneralException e) {
            throw new SsoFailure(SsoFailure.Code.PROVIDER_ERROR, "Discovery failed: " + e.getMessage(), e);
        }
    }

    /** RS256 unless the provider signs ID tokens only otherwise. */
    private static JWSAlgorithm signingAlgorithm(OIDCProviderMetadata metadata) {
        List<JWSAlgorithm> algorithms = Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(List.of());
        return algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256) ? JWSAlgorithm.RS256 : algorithms.get(0);
    }
}
