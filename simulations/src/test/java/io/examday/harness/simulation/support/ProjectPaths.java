package io.examday.harness.simulation.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves the paths the simulations are given. Depending on how Maven is started, Gatling's forked JVM works in the
 * project root or in the module folder, and people write paths from either; so a relative path is looked up from
 * the working directory, then the {@code simulations/} module, then the project root (the folder holding
 * {@code scenarios/}): the first where it exists, or for a file still to be written, where its folder exists.
 */
public final class ProjectPaths {

    private final Path root;
    private final List<Path> bases;

    public ProjectPaths(Path workingDirectory) {
        Path here = workingDirectory.toAbsolutePath().normalize();
        this.root = findRoot(here);
        this.bases = List.of(here, root.resolve("simulations"), root);
    }

    public Path root() {
        return root;
    }

    public Path resolve(String given) {
        Path path = Path.of(given);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        return from(path, Files::exists)
                .or(() -> from(path, candidate -> candidate.getParent() != null && Files.isDirectory(candidate.getParent())))
                .orElse(root.resolve(path).normalize());
    }

    private Optional<Path> from(Path path, Predicate<Path> fits) {
        return bases.stream().map(base -> base.resolve(path).normalize()).filter(fits).findFirst();
    }

    private static Path findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenarios"))) {
                return dir;
            }
        }
        return start;
    }
}
