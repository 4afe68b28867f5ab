package io.partnercarts.server;

import io.partnercarts.server.carts.CartService;
import io.partnercarts.server.carts.CheckoutService;
import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.http.BearerAuthentication;
import io.partnercarts.server.http.CartsExceptionMapper;
import io.partnercarts.server.http.ConstraintViolationMapper;
import io.partnercarts.server.http.GuidParameters;
import io.partnercarts.server.http.HttpExceptionMapper;
import io.partnercarts.server.http.InvalidJsonMapper;
import io.partnercarts.server.http.JsonMapping;
import io.partnercarts.server.http.MediaTypeHeaders;
import io.partnercarts.server.http.OptionsAnswer;
import io.partnercarts.server.http.ParamExceptionMapper;
import io.partnercarts.server.http.RequestIds;
import io.partnercarts.server.http.SharedConstraintValidators;
import io.partnercarts.server.http.UndecodableBodyMapper;
import io.partnercarts.server.http.UnexpectedExceptionMapper;
import io.partnercarts.server.http.UnreadBodies;
import io.partnercarts.server.http.Utf8RequestBodies;
import io.partnercarts.server.http.WholeBodies;
import io.partnercarts.server.resources.CartsResource;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.memory.InMemoryCartStore;
import io.partnercarts.server.store.postgres.PostgresCartStore;
import io.partnercarts.server.store.postgres.PostgresSettings;
import java.time.Duration;
import java.util.Comparator;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/** The whole application, assembled in one place: domain services, resources, filters and mappers. */
final class CartsApplication {
    private CartsApplication() {}

    /** The application and the store it keeps carts in, which its owner closes when it stops. */
    record Assembled(ResourceConfig config, CartStore store) {}

    /**
     * Everything {@code settings} name, the store opened last: a database is connected to (and migrated)
     * only once the settings and fixtures are known to be usable. Each refusal is one line.
     */
    static Assembled create(ServerSettings settings) {
        Fixtures fixtures =
                settings.fixturesFile() == null ? Fixtures.builtIn() : Fixtures.load(settings.fixturesFile());
        CartStore store = store(settings, fixtures);
        CartService carts = new CartService(fixtures, store, settings.clock(), settings.cartLifetime());
        CheckoutService checkouts = new CheckoutService(fixtures, store, settings.clock());
        return new Assembled(resources(carts, checkouts), store);
    }

    /** In memory unless the settings name a database. */
    private static CartStore store(ServerSettings settings, Fixtures fixtures) {
        if (!settings.usesDatabase()) {
            return new InMemoryCartStore(settings.clock(), settings.cartRetention());
        }
        PostgresSettings database = new PostgresSettings(
                settings.databaseUrl(),
                settings.databaseUser(),
                settings.databasePassword(),
                settings.databasePoolSize(),
                settings.checkoutLease());
        requireLeaseOutlastsProvisioning(settings.checkoutLease(), fixtures);
        return PostgresCartStore.open(database, settings.clock(), settings.cartRetention());
    }

    /**
     * A lease that ran out lets another checkout take the cart over: one that the slowest offer outlasts
     * would make every checkout of that offer lose its cart to the next try.
     */
    private static void requireLeaseOutlastsProvisioning(Duration lease, Fixtures fixtures) {
        fixtures.catalog().offers().stream()
                .max(Comparator.comparingLong(offer -> offer.checkout().delayMillis()))
                .filter(slowest ->
                        lease.compareTo(Duration.ofMillis(slowest.checkout().delayMillis())) <= 0)
                .ifPresent(slowest -> {
                    throw new IllegalArgumentException("The checkout lease " + lease + " (--checkout-lease) must be"
                            + " longer than the slowest offer's provisioning, "
                            + Duration.ofMillis(slowest.checkout().delayMillis()) + " (offer "
                            + slowest.catalogItemId() + ").");
                });
    }

    private static ResourceConfig resources(CartService carts, CheckoutService checkouts) {
        return new ResourceConfig()
                .registerResources(underApiRoot(new CartsResource(carts, checkouts)))
                // Jackson without Jersey's own mappers, which answer text/plain and leak parser messages.
                .register(JacksonFeature.withoutExceptionMappers())
                .register(JsonMapping.class)
                .register(RequestIds.class)
                .register(BearerAuthentication.class)
                .register(MediaTypeHeaders.class)
                .register(GuidParameters.class)
                .register(Utf8RequestBodies.class)
                .register(CartsExceptionMapper.class)
                .register(InvalidJsonMapper.class)
                .register(UndecodableBodyMapper.class)
                .register(SharedConstraintValidators.class)
                .register(ConstraintViolationMapper.class)
                .register(ParamExceptionMapper.class)
                .register(HttpExceptionMapper.class)
                .register(new UnexpectedExceptionMapper(ContainerRefusals::statusOf))
                .register(OptionsAnswer.class)
                .register(UnreadBodies.class)
                .register(WholeBodies.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
    }

    /**
     * The resource under {@code /v1}, here rather than in a Jetty context: Jersey's Jetty container would
     * add a context path to the request path a second time. Jersey reads the paths, methods and media
     * types from the resource's class as it would for a registered class, and every method is handled by
     * the one instance given, built here rather than by injection.
     */
    private static Resource underApiRoot(Object instance) {
        Resource model = Resource.from(instance.getClass());
        return handledBy(instance, model, Resource.builder(CartsServer.API_ROOT + model.getPath()))
                .build();
    }

    /** {@code model}'s methods and sub-resources, each method handled by {@code instance}. */
    private static Resource.Builder handledBy(Object instance, Resource model, Resource.Builder copy) {
        copy.name(model.getName()).extended(model.isExtended());
        for (ResourceMethod method : model.getResourceMethods()) {
            copy.addMethod(method).handledBy(instance, method.getInvocable().getDefinitionMethod());
        }
        for (Resource child : model.getChildResources()) {
            copy.addChildResource(handledBy(instance, child, Resource.builder(child.getPath()))
                    .build());
        }
        return copy;
    }
}
