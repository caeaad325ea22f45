package dev.skillfast.platform.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.skillfast.platform.errors.TooLargeException;
import dev.skillfast.platform.problem.PayloadTooLargeException;

/**
 * Refuses API request bodies over the limit (64 KB by default, or the method's {@link MaxBodySize})
 * with 413: at once when Content-Length says so, else as soon as the streamed body passes the limit.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "skillfast.http.max-body-bytes")
    long maxBodyBytes;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        MaxBodySize override = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(MaxBodySize.class);
        long limit = override == null ? maxBodyBytes : override.value();
        if (context.getLength() > limit) {
            throw new TooLargeException("The request body is larger than " + limit + " bytes.");
        }
        if (context.hasEntity()) {
            context.setEntityStream(new LimitedInputStream(context.getEntityStream(), limit));
        }
    }

    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
