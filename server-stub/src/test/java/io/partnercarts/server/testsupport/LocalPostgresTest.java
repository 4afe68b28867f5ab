package io.partnercarts.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void eachDatabaseIsAnEmptySchemaOfItsOwn() throws Exception {
        LocalPostgres postgres = LocalPostgres.shared();
        LocalPostgres.Database one = postgres.newDatabase();
        LocalPostgres.Database other = postgres.newDatabase();

        try (Connection connection = one.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (x int)");
            statement.execute("INSERT INTO t VALUES (1)");
            try (ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
                assertThat(schema.next()).isTrue();
                assertThat(schema.getString(1)).isEqualTo(one.schema());
            }
        }
        try (Connection connection = other.connect();
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getInt(1)).isZero();
        }
        assertThat(one.toString()).doesNotContain(String.valueOf(one.password()));
    }

    @Test
    void aClusterOfItsOwnIsStoppedAndDeletedWhenClosed() throws Exception {
        LocalPostgres own = LocalPostgres.start();
        int port = own.port().orElseThrow();
        try (Connection connection = own.newDatabase().connect()) {
            assertThat(connection.isValid(2)).isTrue();
        }

        own.close();

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("nothing listens on %d any more", port);
        assertThat(own.password()).isNotBlank();
    }

    @Test
    void aClusterLeftByAKilledJvmIsRemovedByTheNextStart() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path abandoned = Files.createTempDirectory("partner-carts-pg");
        Files.writeString(abandoned.resolve("owner.pid"), String.valueOf(gone.pid()));
        Path ours = Files.createTempDirectory("partner-carts-pg");
        Files.writeString(
                ours.resolve("owner.pid"),
                String.valueOf(ProcessHandle.current().pid()));

        LocalPostgres.start().close();

        assertThat(abandoned).doesNotExist();
        assertThat(ours).as("its owner lives").exists();
        Files.delete(ours.resolve("owner.pid"));
        Files.delete(ours);
    }

    @Test
    void withoutServerBinariesItSaysWhatToInstall(@TempDir Path empty) throws Exception {
        Files.createDirectories(empty.resolve("15/bin"));

        assertThatThrownBy(() -> LocalPostgres.binaries(empty, Optional.of(empty.resolve("nowhere"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install postgresql")
                .hasMessageContaining(LocalPostgres.DATABASE_URL_VARIABLE)
                .hasMessageNotContaining("\n");
    }

    @Test
    void takesTheHighestVersionInstalled(@TempDir Path root) throws Exception {
        for (String version : new String[] {"9.6", "15", "13"}) {
            Path bin = Files.createDirectories(root.resolve(version).resolve("bin"));
            for (String program : new String[] {"initdb", "postgres"}) {
                Files.createFile(bin.resolve(program)).toFile().setExecutable(true);
            }
        }

        assertThat(LocalPostgres.binaries(root, Optional.empty())).isEqualTo(root.resolve("15/bin"));
    }
}
