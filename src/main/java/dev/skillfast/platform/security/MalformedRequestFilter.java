package dev.skillfast.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;

import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.problem.ProblemType;
import dev.skillfast.platform.problem.ServletProblems;

/**
 * API requests the JAX-RS runtime cannot even parse are refused before it sees them, as problem details:
 * a {@code Content-Type} that is empty or not a media type (415), and an address whose percent-encoding is
 * broken or not UTF-8 (400). Left to the runtime, both fail inside its request set-up, which logs a stack
 * trace per request and answers through the container.
 */
public class MalformedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /** RFC 9110's media-type: type "/" subtype, then parameters {@code ; name=value} (value a token or quoted). */
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN
            + "=(" + TOKEN + "|\"([^\"\\\\\\r\\n]|\\\\[^\\r\\n])*\"))*\\s*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !isMediaType(contentType)) {
            ServletProblems.write(response, new Problem("about:blank",
                    "Unsupported Media Type", 415, "The Content-Type header is empty or not a media type; send the "
                    + "type of the body, such as application/json (photos: image/png, image/jpeg or image/webp).",
                    request.getRequestURI(), null, null));
            return;
        }
        if (!isWellEncoded(request.getRequestURI()) || !isWellEncoded(request.getQueryString())) {
            ServletProblems.write(response, ProblemType.MALFORMED_REQUEST,
                    "The address is not well encoded: percent-escapes must spell UTF-8.", null);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the header value is a media type the API's runtime can read. */
    static boolean isMediaType(String value) {
        if (!MEDIA_TYPE.matcher(value).matches()) {
            return false;
        }
        try {
            MediaType.valueOf(value.trim());
            return true;
        } catch (IllegalArgumentException unreadable) {
            return false;
        } catch (RuntimeException noRuntimeOutsideTheServer) {
            return true; // unit tests: the grammar above decided
        }
    }

    /** Whether every percent-escape is complete and all of them together spell UTF-8 (null: nothing to check). */
    static boolean isWellEncoded(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
            int low = high < 0 ? -1 : hex(raw.charAt(i + 2));
            if (low < 0) {
                return false;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
