package io.partnercarts.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, with 400, a request target that is not plain RFC 3986: bad or truncated percent-encoding, an
 * encoded {@code /} or {@code \}, dot segments, NUL and other control or suspicious characters, user
 * info. Jetty's parser records these and lets them through (UriCompliance.UNSAFE) so that they are
 * refused here, as a request whose headers are known: the answer then carries its request ids.
 */
final class UnambiguousTargets extends Handler.Wrapper {
    UnambiguousTargets(Handler application) {
        super(application);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getHttpURI().hasViolations()) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
