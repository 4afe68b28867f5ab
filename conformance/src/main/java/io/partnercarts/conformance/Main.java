package io.partnercarts.conformance;

import io.partnercarts.conformance.KitOptions.BadOptions;
import io.partnercarts.contract.ContractSetting;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar partner-carts-conformance-VERSION.jar --base-url URL --token T --customer-id C}: checks a
 * running implementation against the contract packaged in the jar (docs/conformance.md, "The conformance kit").
 * Exits 0 when every test that ran passed, 1 when a test failed, 2 for bad options or a base URL that does not
 * answer, said in one line.
 */
public final class Main {
    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int CANNOT_RUN = 2;

    private Main() {}

    public static void main(String[] args) {
        // REST Assured's and the validator's logging: warnings only, on standard error.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        try {
            KitOptions options = KitOptions.parse(args, environment);
            if (options.help()) {
                out.print(KitOptions.usage());
                return PASSED;
            }
            if (options.version()) {
                out.println("partner-carts conformance kit " + KitVersion.version() + ", checking "
                        + KitVersion.contract());
                return PASSED;
            }
            Optional<String> unreachable = Reachability.problem(
                    options.baseUri(),
                    options.setting(ContractSetting.TOKEN),
                    options.setting(ContractSetting.CUSTOMER_ID));
            if (unreachable.isPresent()) {
                err.println("conformance: " + options.baseUri() + " does not answer: " + unreachable.get());
                return CANNOT_RUN;
            }
            return new KitRun(options, out).run();
        } catch (BadOptions e) {
            err.println("conformance: " + e.getMessage() + " (see --help)");
            return CANNOT_RUN;
        }
    }
}
