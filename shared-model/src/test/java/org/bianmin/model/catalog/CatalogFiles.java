package org.bianmin.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads catalog files the way an app does: with its own Jackson mapper.
 */
final class CatalogFiles {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private CatalogFiles() {
	}

	/**
	 * The catalog sample shared by all sessions; surefire sets {@code bianmin.reference}.
	 */
	static Path sample() {
		String reference = System.getProperty("bianmin.reference");
		Objects.requireNonNull(reference, "system property bianmin.reference (the shared reference folder) is not set");
		return Path.of(reference, "catalog-sample.json");
	}

	static JsonNode sampleTree() {
		try (InputStream in = Files.newInputStream(sample())) {
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CatalogDocument sampleDocument() {
		return MAPPER.treeToValue(sampleTree(), CatalogDocument.class);
	}

	static JsonNode demoTree() {
		try (InputStream in = Objects
			.requireNonNull(CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE))) {
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CatalogDocument demoDocument() {
		return MAPPER.treeToValue(demoTree(), CatalogDocument.class);
	}

	static CatalogDocument parse(String json) {
		return MAPPER.readValue(json, CatalogDocument.class);
	}

}
