package org.bianmin.node.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where this node keeps its data ({@code bianmin.data-dir}); the H2 database lives in its
 * {@code db} folder (see {@code spring.datasource.url}). The default is under the user's
 * home, never the working tree, so a rebuild or {@code mvn clean} cannot wipe a node's
 * cases.
 *
 * @param dataDir the data directory
 */
@ConfigurationProperties("bianmin")
public record StorageSettings(Path dataDir) {

	public StorageSettings {
		if (dataDir == null) {
			throw new IllegalArgumentException(
					"bianmin.data-dir is not set: set it to the folder for this node's data");
		}
	}

}
