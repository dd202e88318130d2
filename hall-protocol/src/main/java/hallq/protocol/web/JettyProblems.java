package hallq.protocol.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.protocol.Json;
import hallq.protocol.rest.Problem;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals — before any route runs: a URI it will not take (a NUL or an ambiguous
 * escape in the path), headers too large, a broken request line — as the same problem body
 * {@code {status, code, message}} every other refusal of the hall and the hub has, instead of Jetty's
 * HTML error page. Install with {@code cfg.jetty.modifyServer(s -> s.setErrorHandler(new JettyProblems()))}.
 */
public final class JettyProblems extends ErrorHandler {
    private static final ObjectMapper JSON = Json.strict();
    private static final int MAX_MESSAGE = 300;

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer i ? i
                : response.getStatus() >= 400 ? response.getStatus() : 400;
        String reason = request.getAttribute(ERROR_MESSAGE) instanceof String m && !m.isBlank() ? m : "HTTP " + status;
        String text = status == 400 ? "the request is malformed (" + reason + ")" : reason;
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(new Problem(status, code(status), clip(text)));
        } catch (JsonProcessingException e) {
            body = new byte[0];
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The problem code of a plain HTTP status. */
    public static String code(int status) {
        return switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD";
            case 400 -> "INVALID";
            default -> "HTTP_" + status;
        };
    }

    /** A message quotes what was sent; a huge value is cut so the message stays readable. */
    public static String clip(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        int end = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return message.substring(0, end) + "…";
    }
}
