package io.partnercarts.contract.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Requests with one id in the path in another form ({@link IdVariants}): the customer's on any operation,
 * or the cart's on a read, an update or a checkout. The same GUID in another case is read (200); any other
 * form is refused (400, code 800002), whatever the operation. Every form of either id is a kind.
 */
final class PathIdCases {
    private PathIdCases() {
    }

    static Arbitrary<HostileCase> of(UUID customer, TargetCarts targets) {
        List<CaseKind<HostileCase>> kinds = new ArrayList<>();
        for (Arbitrary<IdVariants.IdVariant> variants : IdVariants.kinds(customer)) {
            kinds.add(CaseKind.swept(variants.flatMap(variant -> operations(variant).map(operation -> hostile(
                    "customer-id", variant, operation,
                    operation.request(variant.segment(), operation.aimedAt(targets)))))));
        }
        List<PathOperation> onACart = List.of(PathOperation.GET, PathOperation.UPDATE, PathOperation.CHECKOUT);
        List<Arbitrary<IdVariants.IdVariant>> activeForms = IdVariants.kinds(UUID.fromString(targets.active()));
        List<Arbitrary<IdVariants.IdVariant>> orderedForms = IdVariants.kinds(UUID.fromString(targets.ordered()));
        for (int kind = 0; kind < activeForms.size(); kind++) {
            Arbitrary<IdVariants.IdVariant> active = activeForms.get(kind);
            Arbitrary<IdVariants.IdVariant> ordered = orderedForms.get(kind);
            kinds.add(CaseKind.swept(Arbitraries.of(onACart).flatMap(aimed ->
                    (aimed == PathOperation.CHECKOUT ? ordered : active).map(variant -> {
                        PathOperation operation = variant.sameId() ? PathOperation.GET : aimed;
                        return hostile("cart-id", variant, operation,
                                operation.request(customer.toString(), variant.segment()));
                    }))));
        }
        return CaseKind.everyKindFirst(kinds);
    }

    /** Any operation for a form that is no GUID; a read for the same GUID, which must then be found. */
    private static Arbitrary<PathOperation> operations(IdVariants.IdVariant variant) {
        return variant.sameId() ? Arbitraries.just(PathOperation.GET) : Arbitraries.of(PathOperation.values());
    }

    private static HostileCase hostile(String parameter, IdVariants.IdVariant variant, PathOperation operation,
            HostileRequest request) {
        return HostileCase.of(parameter + ": " + variant.kind(),
                operation + " with " + JsonText.quoteAscii(variant.text()), request,
                variant.sameId() ? Outcome.ACCEPTED : Outcome.REFUSED);
    }
}
