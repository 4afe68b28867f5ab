package io.partnercarts.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The sizes a request may have, as the contract's "Limits" section states them: a body of at most
 * 1 MiB (413), a target of at most 2,048 characters (414), a request line and header lines of at most
 * 8 KiB (431, enforced by Jetty's parser).
 */
final class RequestLimits extends Handler.Wrapper {
    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_TARGET_CHARS = 2048;
    static final int MAX_HEADER_BYTES = 8 * 1024;

    RequestLimits(Handler application) {
        super(new SizeLimitHandler(MAX_BODY_BYTES, -1));
        ((SizeLimitHandler) getHandler()).setHandler(application);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String target = request.getHttpURI().getPathQuery();
        if (target != null && target.length() > MAX_TARGET_CHARS) {
            Response.writeError(request, response, callback, HttpStatus.URI_TOO_LONG_414);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
