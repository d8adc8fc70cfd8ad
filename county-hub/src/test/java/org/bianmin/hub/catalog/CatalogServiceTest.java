package org.bianmin.hub.catalog;

import java.io.IOException;
import java.io.InputStream;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Publishing catalog versions on the demo hub (which published the demo catalog as
 * version 1 at start).
 */
@DemoHubTest
class CatalogServiceTest {

	@Autowired
	private CatalogService catalogs;

	@Autowired
	private JsonMapper json;

	@Test
	void the_demo_hub_holds_the_demo_catalog_as_a_published_version() throws IOException {
		// version 1: other tests of the demo hub publish later versions
		PublishedCatalog first = this.catalogs.find(1).orElseThrow();

		assertThat(first.catalog().items()).hasSize(14);
		assertThat(first.catalog()).isEqualTo(this.catalogs.find(1).orElseThrow().catalog());
		assertThat(first.catalog().items()).isEqualTo(demo().items());
	}

	@Test
	void a_version_is_published_once_and_versions_only_move_forward() throws IOException {
		int current = this.catalogs.current().orElseThrow().version();
		CatalogVersion sameNumber = withVersion(current);
		CatalogVersion skipping = withVersion(current + 2);

		assertThatIllegalArgumentException().isThrownBy(() -> this.catalogs.publish(sameNumber, "admin"))
			.withMessageContaining("next version is " + (current + 1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalogs.publish(skipping, "admin"));

		PublishedCatalog next = this.catalogs.publish(withVersion(current + 1), "admin");
		assertThat(this.catalogs.current()).contains(next);
	}

	private CatalogVersion demo() throws IOException {
		try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
			return this.json.readValue(in, CatalogDocument.class).toCatalogVersion();
		}
	}

	private CatalogVersion withVersion(int version) throws IOException {
		CatalogVersion demo = demo();
		return new CatalogVersion(version, demo.items(), demo.about());
	}

}
