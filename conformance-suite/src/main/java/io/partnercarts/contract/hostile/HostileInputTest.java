package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartsEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The hostile-input suite: requests drawn from kinds of case made from the contract's schemas, sent to the
 * implementation under test ({@link io.partnercarts.contract.ContractTarget}). Every answer must follow
 * {@link AnswerRules} and get the {@link Outcome} its case expects; a success must match the contract.
 * Each test sends its percentage of {@code hostile.requests} ({@link HostileRun}) and reports every kind of
 * case that broke a rule. Carts made before the run must be unchanged after it.
 */
@Tag(HostileInputTest.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {
    /** The tag that gives the suite (with {@link FramingCorpusTest} and {@link SlowSenderTest}) its own execution. */
    static final String TAG = "hostile-input";

    private static final CartsEndpoint API = CartsEndpoint.get();
    private static final String CUSTOMER = API.customer().toString();
    private static final HostileRun RUN = HostileRun.fromSystemProperties(API.target());
    private static final List<CaseKind<HostileBody>> CART_BODIES = cartBodies();

    private static CartsBeforeTheRun carts;

    @BeforeAll
    static void makeCartsBeforeTheRun() {
        carts = CartsBeforeTheRun.create(API);
    }

    @AfterAll
    static void theServerAndTheCartsMadeBeforeSurvived() {
        carts.assertSurvived(API);
    }

    @Test
    @Order(1)
    void createCartAnswersHostileBodiesByTheRules() {
        RUN.send("create: hostile bodies", 30, CART_BODIES, HostileInputTest::create);
    }

    @Test
    @Order(2)
    void updateCartAnswersHostileBodiesByTheRules() {
        RUN.send(
                "update: hostile bodies",
                25,
                CART_BODIES,
                body -> HostileCase.of(
                        body, HostileRequest.updateCart(CUSTOMER, carts.active(), body.bytes(), body.contentType())));
    }

    @Test
    @Order(3)
    void createCartAnswersBodiesInAnyEncodingByTheRules() {
        RUN.send("create: bodies in any encoding", 10, EncodedBodies.kinds(), HostileInputTest::create);
    }

    @Test
    @Order(4)
    void checkoutIgnoresAnyBody() {
        RUN.send(
                "checkout: any body",
                8,
                CheckoutBodies.kinds(),
                body -> HostileCase.of(
                                body,
                                HostileRequest.checkout(CUSTOMER, carts.ordered(), body.bytes(), body.contentType()))
                        .withCheck(CheckoutBodies.sameResultAs(carts.checkoutResult())));
    }

    @Test
    @Order(5)
    void idsInThePathAreGuidsOrRefused() {
        RUN.send("ids in the path", 20, IdCases.inThePath(API.customer(), carts), Function.identity());
    }

    @Test
    @Order(6)
    void requestIdsOfAnyFormAreEchoedOrReplaced() {
        RUN.send(
                "MS-RequestId and MS-CorrelationId",
                7,
                IdCases.inTheHeaders(API.customer(), carts.active()),
                Function.identity());
    }

    private static HostileCase create(HostileBody body) {
        return HostileCase.of(body, HostileRequest.createCart(CUSTOMER, body.bytes(), body.contentType()));
    }

    /** Every kind of hostile create or update body, each one change away from {@link ValidCart#full()}. */
    private static List<CaseKind<HostileBody>> cartBodies() {
        ObjectNode base = ValidCart.full();
        List<CaseKind<HostileBody>> kinds = new ArrayList<>();
        kinds.addAll(TypeBreaks.wrongTypes(base));
        kinds.addAll(TypeBreaks.absent(base));
        kinds.addAll(TypeBreaks.numbers(base));
        kinds.addAll(ValueBreaks.enums(base));
        kinds.addAll(ValueBreaks.text(base));
        kinds.addAll(ValueBreaks.sizes(base));
        kinds.addAll(ValueBreaks.nullElements(base));
        kinds.addAll(ShapeBreaks.unknownProperties(base));
        kinds.addAll(ShapeBreaks.deepNesting(base));
        kinds.addAll(ShapeBreaks.malformed(base));
        kinds.addAll(ShapeBreaks.duplicateNames(base));
        return kinds;
    }
}
