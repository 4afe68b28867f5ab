package io.partnercarts.contract.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies source trees without their build output, so a nested build cannot touch this build's files. */
final class SourceCopy {
    private SourceCopy() {}

    /**
     * Copies each named file or directory of {@code from} that exists into {@code to}, leaving out every
     * {@code target/}.
     */
    static void copy(Path from, Path to, String... entries) throws IOException {
        for (String entry : entries) {
            Path source = from.resolve(entry);
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    Path relative = from.relativize(path);
                    if (isBuildOutput(relative)) {
                        continue;
                    }
                    Path copy = to.resolve(relative.toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.createDirectories(copy.getParent());
                        Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }
}
