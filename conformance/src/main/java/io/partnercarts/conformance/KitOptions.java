package io.partnercarts.conformance;

import io.partnercarts.contract.ContractSetting;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The kit's command line: one option for each {@link ContractSetting} the tests read (the suite's one list of
 * them), each also an environment variable, plus the kit's own ({@code --report-dir}, {@code --suite}, {@code
 * --test}, {@code --help}, {@code --version}). An option given wins over its variable.
 */
record KitOptions(
        boolean help,
        boolean version,
        Map<ContractSetting, String> settings,
        Path reportDir,
        Suite suite,
        List<String> tests) {
    static final String REPORT_DIR = "--report-dir";
    static final String SUITE = "--suite";
    static final String TEST = "--test";
    static final String DEFAULT_REPORT_DIR = "conformance-report";

    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Which of the suites a run runs. */
    enum Suite {
        ALL("all", "the conformance suite, then the hostile-input suite"),
        CONFORMANCE("conformance", "the conformance suite (with the generated-client suite)"),
        HOSTILE_INPUT("hostile-input", "the hostile-input suite");

        private final String value;
        private final String description;

        Suite(String value, String description) {
            this.value = value;
            this.description = description;
        }

        String value() {
            return value;
        }

        String description() {
            return description;
        }

        static Suite of(String value) throws BadOptions {
            for (Suite suite : values()) {
                if (suite.value.equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return suite;
                }
            }
            throw new BadOptions(SUITE + " " + value + " is none of all, conformance, hostile-input");
        }
    }

    /** Options that cannot run: said in one line, exit 2. */
    static final class BadOptions extends Exception {
        private static final long serialVersionUID = 1L;

        BadOptions(String message) {
            super(message);
        }
    }

    String setting(ContractSetting setting) {
        return settings.get(setting);
    }

    URI baseUri() {
        return URI.create(setting(ContractSetting.BASE_URL).replaceAll("/+$", ""));
    }

    static KitOptions parse(String[] args, Map<String, String> environment) throws BadOptions {
        ParseResult parsed;
        try {
            parsed = commandLine(false).parseArgs(args);
        } catch (ParameterException e) {
            throw new BadOptions(e.getMessage().replace('\n', ' ').trim());
        }
        boolean help = parsed.isUsageHelpRequested();
        boolean version = parsed.isVersionHelpRequested();
        Map<ContractSetting, String> settings = new EnumMap<>(ContractSetting.class);
        for (ContractSetting setting : ContractSetting.values()) {
            given(parsed, environment, setting.option(), setting.environmentVariable())
                    .ifPresent(value -> settings.put(setting, value));
        }
        String reportDir = given(parsed, environment, REPORT_DIR, environmentVariable(REPORT_DIR))
                .orElse(DEFAULT_REPORT_DIR);
        String suite =
                given(parsed, environment, SUITE, environmentVariable(SUITE)).orElse(Suite.ALL.value());
        List<String> tests = parsed.matchedOptionValue(TEST, List.<String>of());
        KitOptions options =
                new KitOptions(help, version, settings, path(reportDir), Suite.of(suite), List.copyOf(tests));
        if (!help && !version) {
            options.check();
        }
        return options;
    }

    /** The option's value, else its environment variable's; blank counts as not given. */
    private static Optional<String> given(
            ParseResult parsed, Map<String, String> environment, String option, String variable) {
        String value = parsed.matchedOptionValue(option, null);
        if (value == null) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private void check() throws BadOptions {
        for (ContractSetting required :
                List.of(ContractSetting.BASE_URL, ContractSetting.TOKEN, ContractSetting.CUSTOMER_ID)) {
            if (!settings.containsKey(required)) {
                throw new BadOptions("missing " + required.option() + " " + required.label() + " (or "
                        + required.environmentVariable() + ")");
            }
        }
        checkBaseUrl(setting(ContractSetting.BASE_URL));
        for (ContractSetting guid : List.of(ContractSetting.CUSTOMER_ID, ContractSetting.FAULT_CUSTOMER_ID)) {
            String value = settings.get(guid);
            if (value != null && !GUID.matcher(value).matches()) {
                throw new BadOptions(guid.option() + " " + value + " is not a GUID (8-4-4-4-12 hexadecimal digits)");
            }
        }
        String idleTimeout = settings.get(ContractSetting.IDLE_TIMEOUT);
        if (idleTimeout != null) {
            try {
                if (Duration.parse(idleTimeout).isNegative()) {
                    throw new BadOptions(ContractSetting.IDLE_TIMEOUT.option() + " " + idleTimeout + " is negative");
                }
            } catch (DateTimeParseException e) {
                throw new BadOptions(ContractSetting.IDLE_TIMEOUT.option() + " " + idleTimeout
                        + " is not an ISO-8601 duration, such as PT30S");
            }
        }
        checkNumber(ContractSetting.HOSTILE_REQUESTS, true);
        checkNumber(ContractSetting.HOSTILE_SECONDS, true);
        checkNumber(ContractSetting.HOSTILE_SEED, false);
    }

    private static void checkBaseUrl(String value) throws BadOptions {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null
                    || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new BadOptions(ContractSetting.BASE_URL.option() + " " + value
                        + " is not an http or https URL, such as http://127.0.0.1:8080/v1");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new BadOptions(ContractSetting.BASE_URL.option() + " " + value
                        + " has a query or a fragment: give the API root, such as http://127.0.0.1:8080/v1");
            }
        } catch (URISyntaxException e) {
            throw new BadOptions(ContractSetting.BASE_URL.option() + " " + value + " is not a URL: " + e.getReason());
        }
    }

    /** A whole number; a count ({@code positive}) between 1 and the largest int. */
    private void checkNumber(ContractSetting setting, boolean positive) throws BadOptions {
        String value = settings.get(setting);
        if (value == null) {
            return;
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadOptions(setting.option() + " " + value + " is not a whole number");
        }
        if (positive && (number < 1 || number > Integer.MAX_VALUE)) {
            throw new BadOptions(setting.option() + " " + value + " is not between 1 and " + Integer.MAX_VALUE);
        }
    }

    private static Path path(String value) throws BadOptions {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new BadOptions(REPORT_DIR + " " + value + " is not a path: " + e.getReason());
        }
    }

    /** {@code --report-dir} → {@code CONFORMANCE_REPORT_DIR}. */
    static String environmentVariable(String option) {
        return "CONFORMANCE_" + option.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** The text of {@code --help}. */
    static String usage() {
        return commandLine(true).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** The options; with {@code describeContract}, the help names the packaged contract (which takes parsing it). */
    private static CommandLine commandLine(boolean describeContract) {
        String contract = describeContract ? " (" + KitVersion.contract() + ")" : "";
        CommandSpec spec =
                CommandSpec.create().name("java -jar partner-carts-conformance-" + KitVersion.version() + ".jar");
        spec.usageMessage()
                .description(
                        "Checks a running implementation of the Partner Center cart API against the contract"
                                + " packaged in this jar" + contract + ": runs the conformance suite"
                                + " and the hostile-input suite, prints what passed, failed and was skipped, and"
                                + " writes JUnit XML and an HTML report.",
                        "Exit status: 0 when every test that ran passed, 1 when a test failed, 2 for bad options or"
                                + " a base URL that does not answer.",
                        "Each option can also be given as the environment variable in brackets; the option wins.",
                        "Tests that need an offer or a customer that fails on purpose are skipped, with the"
                                + " reason, unless their option names one.",
                        "")
                .sortOptions(false)
                .width(110);
        for (ContractSetting setting : ContractSetting.values()) {
            boolean required = setting == ContractSetting.BASE_URL
                    || setting == ContractSetting.TOKEN
                    || setting == ContractSetting.CUSTOMER_ID;
            spec.addOption(OptionSpec.builder(setting.option())
                    .paramLabel(setting.label())
                    .type(String.class)
                    .description((required ? "Required: " : "") + setting.description() + " ["
                            + setting.environmentVariable() + "]")
                    .build());
        }
        spec.addOption(OptionSpec.builder(REPORT_DIR)
                .paramLabel("DIR")
                .type(String.class)
                .description("where the JUnit XML and the HTML report are written (default " + DEFAULT_REPORT_DIR
                        + ") [" + environmentVariable(REPORT_DIR) + "]")
                .build());
        spec.addOption(OptionSpec.builder(SUITE)
                .paramLabel("SUITE")
                .type(String.class)
                .description("all (default): " + Suite.ALL.description() + "; conformance: "
                        + Suite.CONFORMANCE.description() + "; hostile-input: " + Suite.HOSTILE_INPUT.description()
                        + " [" + environmentVariable(SUITE) + "]")
                .build());
        spec.addOption(OptionSpec.builder(TEST)
                .paramLabel("CLASS[#METHOD]")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("only this test class (e.g. CheckoutTest) or test method (e.g."
                        + " CheckoutTest#aRepeatedCheckoutAnswersExactlyTheSameBody); may be repeated")
                .build());
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("this text")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("the kit's version and the contract it checks")
                .build());
        return new CommandLine(spec);
    }
}
