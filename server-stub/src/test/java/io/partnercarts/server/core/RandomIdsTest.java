package io.partnercarts.server.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomIdsTest {
    @Test
    void uuidsAreRandomVersion4InTheIetfVariant() {
        UUID id = RandomIds.uuid();
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void threadsNeverDrawTheSameId() {
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 80_000).parallel().forEach(i -> ids.add(RandomIds.uuid()));
        assertThat(ids).hasSize(80_000);
    }

    @Test
    void eachThreadHasAGeneratorOfItsOwn() throws InterruptedException {
        Object[] other = new Object[1];
        Thread thread = new Thread(() -> other[0] = RandomIds.generator());
        thread.start();
        thread.join();
        assertThat(other[0]).isNotNull().isNotSameAs(RandomIds.generator());
        assertThat(RandomIds.generator()).isSameAs(RandomIds.generator());
    }
}
