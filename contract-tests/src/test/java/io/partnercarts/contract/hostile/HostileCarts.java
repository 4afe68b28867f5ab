package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * Every kind of hostile create or update body, each one change away from {@link ValidCart#full()}: one of
 * every kind that touches what a partner sends first, then kinds at random.
 */
final class HostileCarts {
    private HostileCarts() {
    }

    static Arbitrary<HostileBody> bodies() {
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
        return CaseKind.everyKindFirst(kinds);
    }
}
