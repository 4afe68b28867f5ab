package io.partnercarts.server;

import io.partnercarts.server.http.HttpRefusals;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The sizes a request may have ({@link HttpRefusals}, as the contract's "Limits" section states them):
 * the body (413) and the target (414); the header block (431) is Jetty's parser's to enforce.
 */
final class RequestLimits extends Handler.Wrapper {
    RequestLimits(Handler application) {
        super(new SizeLimitHandler(HttpRefusals.MAX_BODY_BYTES, -1));
        ((SizeLimitHandler) getHandler()).setHandler(application);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String target = request.getHttpURI().getPathQuery();
        if (target != null && target.length() > HttpRefusals.MAX_TARGET_CHARS) {
            Response.writeError(request, response, callback, HttpStatus.URI_TOO_LONG_414);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
