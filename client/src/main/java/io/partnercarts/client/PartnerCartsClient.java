package io.partnercarts.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import io.partnercarts.client.api.CartsApi;
import io.partnercarts.client.model.Cart;
import io.partnercarts.client.model.CartCheckoutResult;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The cart operations as an integration uses them, on top of the generated {@link CartsApi}.
 *
 * <p>Every logical call gets a new {@code MS-RequestId}; when it is retried (no answer, 429 or 5xx,
 * after the service's {@code Retry-After} or else an exponential backoff) every attempt carries the same
 * one, so the service can recognise a repeat of a create or a checkout. A failure is a {@link PartnerCenterException}. Instances are thread-safe.
 *
 * <pre>{@code
 * PartnerCartsClient client = PartnerCartsClient.builder()
 *         .baseUrl("https://api.partnercenter.microsoft.com/v1").token(accessToken).build();
 * Cart cart = client.createCart(customerId, new Cart().lineItems(items));
 * CartCheckoutResult result = client.checkout(customerId, UUID.fromString(cart.getId()));
 * }</pre>
 */
public final class PartnerCartsClient {
    /** What the checkout body carries in Partner Center's own SDKs; the service ignores it. */
    private static final String CHECKOUT_BODY = "success";

    private static final String CONTRACT_VERSION = "v1";
    /** What a delay function answers to leave the wait to the configured backoff. */
    private static final Duration USE_BACKOFF = Duration.ofMillis(-1);

    private final ApiClient apiClient;
    private final CartsApi carts;
    private final FailsafeExecutor<Object> retries;
    private final String correlationId;
    private final String locale;

    private PartnerCartsClient(
            ApiClient apiClient, FailsafeExecutor<Object> retries, String correlationId, String locale) {
        this.apiClient = apiClient;
        this.carts = new CartsApi(apiClient);
        this.retries = retries;
        this.correlationId = correlationId;
        this.locale = locale;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This client with another {@code MS-CorrelationId} on every call, to tie the calls of one flow. */
    public PartnerCartsClient withCorrelationId(String correlationId) {
        return new PartnerCartsClient(apiClient, retries, correlationId, locale);
    }

    public Cart createCart(UUID customerId, Cart cart) {
        return call((requestId, correlation) ->
                carts.createCart(customerId, cart, requestId, correlation, locale, CONTRACT_VERSION));
    }

    public Cart getCart(UUID customerId, UUID cartId) {
        return call((requestId, correlation) ->
                carts.getCart(customerId, cartId, requestId, correlation, locale, CONTRACT_VERSION));
    }

    /** Replaces the line items of an active cart. */
    public Cart updateCart(UUID customerId, UUID cartId, Cart cart) {
        return call((requestId, correlation) ->
                carts.updateCart(customerId, cartId, cart, requestId, correlation, locale, CONTRACT_VERSION));
    }

    /** Places the cart's orders; check {@link CartCheckoutResult#getOrderErrors()} for groups that failed. */
    public CartCheckoutResult checkout(UUID customerId, UUID cartId) {
        return call((requestId, correlation) -> carts.checkoutCart(
                customerId, cartId, requestId, correlation, locale, CONTRACT_VERSION, CHECKOUT_BODY));
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run(String requestId, String correlationId) throws ApiException;
    }

    /** One logical call: one MS-RequestId (and correlation id) shared by all of its attempts. */
    private <T> T call(Attempt<T> attempt) {
        String requestId = UUID.randomUUID().toString();
        String correlation =
                correlationId != null ? correlationId : UUID.randomUUID().toString();
        return retries.get(() -> {
            try {
                return attempt.run(requestId, correlation);
            } catch (ApiException e) {
                throw PartnerCenterException.of(e, apiClient.getJSON().getMapper(), requestId);
            } catch (ProcessingException e) {
                if (e.getCause() instanceof JsonProcessingException) {
                    throw e; // an answer this client cannot read: trying again would not help
                }
                throw PartnerCenterException.noResponse(e, requestId);
            }
        });
    }

    /** Settings of a {@link PartnerCartsClient}; only the base URL and the token are required. */
    public static final class Builder {
        private String baseUrl;
        private Supplier<String> token;
        private String correlationId;
        private String locale;
        private int maxRetries = 3;
        private Duration firstDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(10);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);

        private Builder() {}

        /** The API root up to and including {@code /v1}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The bearer token sent as {@code Authorization: Bearer <token>}. */
        public Builder token(String token) {
            Objects.requireNonNull(token, "token");
            return token(() -> token);
        }

        /**
         * Where each attempt takes its bearer token from, for tokens that expire while the client lives
         * (for example an MSAL cache that refreshes them).
         */
        public Builder token(Supplier<String> tokens) {
            this.token = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /** The {@code MS-CorrelationId} of every call; unset, each logical call gets a new one. */
        public Builder correlationId(String correlationId) {
            this.correlationId = correlationId;
            return this;
        }

        /** The {@code X-Locale} of every call, for example {@code en-US}; unset, none is sent. */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /** How often a logical call is tried again after its first attempt; 0 disables retries. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** The wait before the first retry, doubled on each further one up to {@code maxDelay}. */
        public Builder backoff(Duration firstDelay, Duration maxDelay) {
            if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay: " + firstDelay + ", " + maxDelay);
            }
            this.firstDelay = firstDelay;
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            return this;
        }

        public PartnerCartsClient build() {
            ApiClient apiClient = new ApiClient()
                    .setBasePath(Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", ""))
                    .setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()))
                    .setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            Supplier<String> tokens = Objects.requireNonNull(token, "token");
            apiClient.getHttpClient().register((ClientRequestFilter)
                    request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get()));
            RetryPolicyBuilder<Object> policy = RetryPolicy.builder()
                    .handleIf(failure -> failure instanceof PartnerCenterException e && e.isRetryable())
                    .withMaxRetries(maxRetries);
            if (maxDelay.equals(firstDelay)) {
                policy.withDelay(firstDelay);
            } else {
                policy.withBackoff(firstDelay, maxDelay);
            }
            // A Retry-After from the service wins over the backoff; without one (a negative delay) the backoff applies.
            policy.withDelayFn(context -> context.getLastException() instanceof PartnerCenterException e
                    ? e.retryAfter().orElse(USE_BACKOFF)
                    : USE_BACKOFF);
            return new PartnerCartsClient(apiClient, Failsafe.with(policy.build()), correlationId, locale);
        }
    }
}
