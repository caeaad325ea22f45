package dev.skillfast.payments.paypal;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Makes the typed PayPal REST clients for a base address. The server's MicroProfile Rest Client does it in
 * production; unit tests, which run without a server runtime, pass their own.
 */
public interface PaypalClientFactory {

    <T> T create(Class<T> api, URI base);

    /** MicroProfile Rest Client, with timeouts, lenient JSON-B and PayPal's errors as {@link PaypalApiException}. */
    final class MicroProfile implements PaypalClientFactory {

        static final long CONNECT_TIMEOUT_SECONDS = 5;
        /** A capture may take PayPal several seconds; reconciliation retries anything slower. */
        static final long READ_TIMEOUT_SECONDS = 30;

        @Override
        public <T> T create(Class<T> api, URI base) {
            return RestClientBuilder.newBuilder()
                    .baseUri(base)
                    .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .property("microprofile.rest.client.disableDefaultMapper", true)
                    .register(new PaypalJson())
                    .register(new PaypalErrorMapper())
                    .build(api);
        }
    }
}
