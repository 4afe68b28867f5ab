package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.ContractSetting;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented 500 of every operation, provoked through a customer whose every request the
 * implementation fails (the sandbox's built-in one, or {@code -Dcontract.faultCustomerId}).
 */
class ServiceErrorTest {
    private static final CartsEndpoint API = CartsEndpoint.get();
    private static final Optional<UUID> FAULT_CUSTOMER = API.target().faultCustomerId();

    static Stream<RequestErrorsTest.Operation> everyOperationOfTheFaultCustomer() {
        return RequestErrorsTest.operationsOn(FAULT_CUSTOMER.orElse(API.customer()), UUID.randomUUID());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperationOfTheFaultCustomer")
    void aServiceErrorIsA500WithCode800003(RequestErrorsTest.Operation operation) {
        assumeTrue(
                FAULT_CUSTOMER.isPresent(),
                "no fault customer for this target; name one with " + ContractSetting.FAULT_CUSTOMER_ID.howToGive());

        assertFault(operation.call().apply(API.request()), 500, 800003);
    }
}
