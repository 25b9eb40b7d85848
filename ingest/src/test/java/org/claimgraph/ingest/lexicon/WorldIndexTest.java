package org.claimgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The world tables {@link WorldPlaces} reads are derived from the world files and the hand-made
 * gazetteer: this fails when either changed and the tables were not written again
 * ({@code mvn -pl domain,ingest -am test -Dtest=WorldIndexTest -DupdateWorldIndex=true} writes them).
 */
class WorldIndexTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theTablesAreThoseTheWorldFilesGive() throws IOException {
        WorldIndexWriter.Tables written = new WorldIndexWriter().write();
        Path names = RESOURCES.resolve(WorldPlaces.NAMES.substring(1));
        Path places = RESOURCES.resolve(WorldPlaces.PLACES.substring(1));
        if (Boolean.getBoolean("updateWorldIndex")) {
            Files.writeString(names, written.names());
            Files.writeString(places, written.places());
        }
        assertTrue(
                Files.readString(names).equals(written.names()),
                names + " is out of date: -DupdateWorldIndex=true writes it");
        assertTrue(
                Files.readString(places).equals(written.places()),
                places + " is out of date: -DupdateWorldIndex=true writes it");
    }
}
