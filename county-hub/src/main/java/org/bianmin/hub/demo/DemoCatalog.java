package org.bianmin.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.model.catalog.CatalogDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes shared-model's demo catalog as version 1 when the demo county has none yet.
 */
@Component
@Profile("demo")
@Order(10)
class DemoCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final CatalogService catalogs;

	private final JsonMapper json;

	DemoCatalog(CatalogService catalogs, JsonMapper json) {
		this.catalogs = catalogs;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.catalogs.current().isPresent()) {
			return;
		}
		try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("demo catalog missing: " + CatalogDocument.DEMO_RESOURCE);
			}
			var published = this.catalogs.publish(this.json.readValue(in, CatalogDocument.class).toCatalogVersion(),
					"admin");
			log.info("Demo catalog published: version {}, {} items", published.version(),
					published.catalog().items().size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
