package io.partnercarts.conformance;

import io.partnercarts.contract.PackagedContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The kit's version, and the contract it checks: the one packaged with it. */
final class KitVersion {
    private static final String VERSION = read();

    private KitVersion() {}

    static String version() {
        return VERSION;
    }

    /** {@code Partner Center carts 1.0.0}: the packaged contract's title and {@code info.version}. */
    static String contract() {
        return PackagedContract.title() + " " + PackagedContract.version();
    }

    private static String read() {
        try (InputStream in = KitVersion.class.getResourceAsStream("kit.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
