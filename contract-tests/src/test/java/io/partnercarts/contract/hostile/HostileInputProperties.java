package io.partnercarts.contract.hostile;

import io.partnercarts.contract.CartsEndpoint;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * The hostile-input suite: generated requests, driven by the contract's schemas, sent to the
 * implementation under test ({@link io.partnercarts.contract.ContractTarget}). Every answer must follow
 * {@link AnswerRules} and get the {@link Outcome} its case expects; a success must match the contract.
 * Each property sends its {@link RequestShare} of {@code hostile.requests} and reports every kind of case
 * that broke a rule. Carts made before the run must be unchanged after it.
 */
@Tag(HostileInputProperties.TAG)
@AddLifecycleHook(value = BudgetedProperty.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class HostileInputProperties {
    /** The tag that gives the suite its own surefire execution. */
    static final String TAG = "hostile-input";

    private static final CartsEndpoint API = CartsEndpoint.get();
    private static final CaseJudge JUDGE = new CaseJudge(API.target());
    private static final String CUSTOMER = API.customer().toString();

    private static CartsBeforeTheRun before;
    private static TargetCarts targets;

    @BeforeContainer
    static void makeCartsBeforeTheRun() {
        before = CartsBeforeTheRun.create(API);
        targets = TargetCarts.create(API);
    }

    @AfterContainer
    static void theServerAndTheCartsMadeBeforeSurvived() {
        before.assertSurvived(API);
    }

    @Property
    @RequestShare(percent = 30)
    void createCartAnswersHostileBodiesByTheRules(@ForAll("cartBodies") HostileBody body) {
        JUDGE.judge(HostileCase.of(body, HostileRequest.createCart(CUSTOMER, body.bytes(), body.contentType())));
    }

    @Property
    @RequestShare(percent = 25)
    void updateCartAnswersHostileBodiesByTheRules(@ForAll("cartBodies") HostileBody body) {
        JUDGE.judge(HostileCase.of(body,
                HostileRequest.updateCart(CUSTOMER, targets.active(), body.bytes(), body.contentType())));
    }

    @Property
    @RequestShare(percent = 10)
    void createCartAnswersBodiesInAnyEncodingByTheRules(@ForAll("encodedBodies") HostileBody body) {
        JUDGE.judge(HostileCase.of(body, HostileRequest.createCart(CUSTOMER, body.bytes(), body.contentType())));
    }

    @Property
    @RequestShare(percent = 8)
    void checkoutIgnoresAnyBody(@ForAll("checkoutBodies") HostileBody body) {
        JUDGE.judge(HostileCase.of(body,
                        HostileRequest.checkout(CUSTOMER, targets.ordered(), body.bytes(), body.contentType()))
                .withCheck(CheckoutBodies.sameResultAs(targets.checkoutResult())));
    }

    @Property
    @RequestShare(percent = 20)
    void idsInThePathAreGuidsOrRefused(@ForAll("pathIdCases") HostileCase hostile) {
        JUDGE.judge(hostile);
    }

    @Property
    @RequestShare(percent = 7)
    void requestIdsOfAnyFormAreEchoed(@ForAll("headerIds") HeaderValues.HeaderValue id) {
        HostileRequest request = HostileRequest.getCart(CUSTOMER, targets.active())
                .withHeader(HostileRequest.REQUEST_ID, id.value())
                .withHeader(HostileRequest.CORRELATION_ID, id.value());
        HostileCase hostile = HostileCase.of("MS-RequestId and MS-CorrelationId: " + id.kind(), id.toString(), request,
                id.expected());
        JUDGE.judge(id.oversized() ? hostile.withoutIdEcho() : hostile);
    }

    @Provide
    Arbitrary<HostileBody> cartBodies() {
        return HostileCarts.bodies();
    }

    @Provide
    Arbitrary<HostileBody> encodedBodies() {
        return EncodedBodies.bodies();
    }

    @Provide
    Arbitrary<HostileBody> checkoutBodies() {
        return CheckoutBodies.bodies();
    }

    @Provide
    Arbitrary<HostileCase> pathIdCases() {
        return PathIdCases.of(API.customer(), targets);
    }

    @Provide
    Arbitrary<HeaderValues.HeaderValue> headerIds() {
        return HeaderValues.ids(API.customer());
    }
}
