package io.partnercarts.contract.hostile;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.Store;

/**
 * Runs a hostile property within the {@link HostileBudget}: its share of the requests as tries, the run's
 * seed, one case of every kind first and then random ones, no shrinking (every shrinking step would be one
 * more request); and fails it at the end with every kind of case its {@link Findings} collected, instead
 * of at the first.
 */
public final class BudgetedProperty implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int percent = context.findAnnotation(RequestShare.class)
                .orElseThrow(() -> new IllegalStateException(context.label() + " has no @RequestShare"))
                .percent();
        PropertyAttributes attributes = context.attributes();
        attributes.setTries(Math.max(1, HostileBudget.requests() * percent / 100));
        attributes.setSeed(HostileBudget.seed());
        attributes.setGeneration(GenerationMode.RANDOMIZED);
        attributes.setShrinking(ShrinkingMode.OFF);
        // Edge cases are one case of every kind (CaseKind.everyKindFirst): those go first.
        attributes.setEdgeCases(EdgeCasesMode.FIRST);
        // Never replay a failing sample stored by an earlier run first: the seed alone decides what is sent.
        attributes.setAfterFailure(AfterFailureMode.RANDOM_SEED);
        HostileBudget.start();

        Store<Findings> findings = Store.create(Findings.class, Lifespan.PROPERTY, () -> new Findings(context.label()));
        PropertyExecutionResult result = property.execute();
        if (result.status() != PropertyExecutionResult.Status.SUCCESSFUL) {
            return result;
        }
        return findings.get().failure().map(result::mapToFailed).orElse(result);
    }
}
