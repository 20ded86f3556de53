package dev.crochet.cli;

import dev.crochet.ir.SnapshotFiles;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a build ships the snapshot files where Crochet looks for them. The CLI reads
 * the [project] snapshots_path folder itself, but tests and applications find snapshots
 * only on the class path under {@value SnapshotFiles#RESOURCE_DIR}; a folder in a build's
 * resources elsewhere (say {@code src/main/resources/db/crochet/snapshots}) works for the
 * CLI and silently not for them.
 */
final class SnapshotResources {

	private SnapshotResources() {
	}

	/**
	 * A note when the snapshots folder is in a {@code src/<set>/resources} folder but not
	 * at its crochet/snapshots.
	 */
	static Optional<String> offClassPath(Project project) {
		Path relative = project.dir().relativize(project.snapshotsDir());
		int count = relative.getNameCount();
		for (int i = 0; i + 2 < count; i++) {
			if (!relative.getName(i).toString().equals("src")
					|| !relative.getName(i + 2).toString().equals("resources")) {
				continue;
			}
			String inside = i + 3 < count ? slashes(relative.subpath(i + 3, count)) : "";
			String expected = SnapshotFiles.RESOURCE_DIR.substring(0, SnapshotFiles.RESOURCE_DIR.length() - 1);
			if (inside.equals(expected)) {
				return Optional.empty();
			}
			return Optional.of("Note: tests and applications look up schema snapshots on the class path under "
					+ SnapshotFiles.RESOURCE_DIR + ", where " + slashes(relative)
					+ " does not put them; set [project] snapshots_path = \"" + slashes(relative.subpath(0, i + 3))
					+ "/" + expected + "\" so that they find them too.");
		}
		return Optional.empty();
	}

	private static String slashes(Path path) {
		return path.toString().replace('\\', '/');
	}

}
