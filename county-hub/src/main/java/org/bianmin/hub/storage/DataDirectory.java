package org.bianmin.hub.storage;

import java.nio.file.Path;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bianmin.data-dir}: the directory that holds the hub's H2 database (and later its
 * attachments). It defaults to {@code ~/.bianmin/hub}, outside any working tree, so that
 * a build or a {@code git clean} never touches a county's data.
 *
 * @param dataDir the directory; created on first use
 */
@ConfigurationProperties("bianmin")
public record DataDirectory(Path dataDir) {

	public DataDirectory {
		Objects.requireNonNull(dataDir, "bianmin.data-dir is required");
	}

	/**
	 * Where the H2 database files live; the JDBC URL in application.yml points here too.
	 */
	public Path database() {
		return this.dataDir.resolve("db");
	}

}
