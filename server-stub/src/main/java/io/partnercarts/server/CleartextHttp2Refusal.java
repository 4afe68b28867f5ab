package io.partnercarts.server;

import java.io.IOException;
import java.util.Locale;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Declines the cleartext HTTP/2 upgrade ({@code Upgrade: h2c}) that Java's HttpClient sends by
 * default, so the request is served as plain HTTP/1.1. Without an HTTP/2 filter, Grizzly marks such a
 * request as upgrading and never finishes reading its body: a POST then hangs until the read times
 * out (eclipse-ee4j/jersey#6059, glassfish-grizzly#1972).
 */
final class CleartextHttp2Refusal extends BaseFilter implements AddOn {
    private static final String CLEARTEXT_HTTP2 = "h2c";

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        // The codec announces the upgrade to the filters after it, before it reads the body.
        builder.add(builder.indexOfType(HttpServerFilter.class) + 1, this);
    }

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            if (header.getUpgrade() != null && header.getUpgrade().toLowerCase(Locale.ROOT).contains(CLEARTEXT_HTTP2)) {
                header.getUpgradeDC().recycle();
                header.getHeaders().removeHeader(Header.Upgrade);
                header.setIgnoreContentModifiers(false);
                return ctx.getStopAction();
            }
        }
        return ctx.getInvokeAction();
    }
}
