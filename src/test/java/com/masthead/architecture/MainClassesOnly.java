package com.masthead.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Keeps test classes out of the architecture checks wherever the build directory lies (ArchUnit's own option only
 * recognises {@code target/test-classes}, and the build may be pointed elsewhere with {@code -Dbuild.dir}).
 */
final class MainClassesOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/");
    }
}
