package org.bianmin.node.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.node.catalog.persistence.CatalogRepository;
import org.bianmin.node.identity.NodeIdentity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service-item catalog version this node holds, and the items that may be filed here.
 * <p>
 * Versions are stored as their JSON document ({@link CatalogDocument}) with the version
 * number; the highest is current. The county owns the catalog and the sync issue will
 * deliver versions from the hub. Until then a node that holds no version loads the demo
 * catalog ({@link CatalogDocument#DEMO_RESOURCE}) at start, so that filing works on a new
 * node; a node that holds any version never loads it again. Versions are immutable once
 * published, so the parsed current version is kept in memory.
 */
@Service
public class NodeCatalogService implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NodeCatalogService.class);

	private final CatalogRepository catalogs;

	private final JsonMapper json;

	private final NodeIdentity node;

	private final Clock clock;

	private final AtomicReference<@Nullable CatalogVersion> current = new AtomicReference<>();

	public NodeCatalogService(CatalogRepository catalogs, JsonMapper json, NodeIdentity node, Clock clock) {
		this.catalogs = catalogs;
		this.json = json;
		this.node = node;
		this.clock = clock;
	}

	/** Loads the demo catalog when the node holds no version yet. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.catalogs.latest().isEmpty()) {
			CatalogVersion demo = readDemoCatalog();
			store(demo);
			log.info("Holding no catalog version: loaded the demo catalog, version {} with {} items", demo.version(),
					demo.items().size());
		}
	}

	/**
	 * Stores a catalog version this node now holds.
	 * @param version the version
	 */
	@Transactional
	public void store(CatalogVersion version) {
		this.catalogs.insert(version.version(), this.json.writeValueAsString(CatalogDocument.of(version)),
				this.clock.instant());
		this.current.set(null);
	}

	/**
	 * Takes in a catalog version published by the hub, in the caller's transaction
	 * (docs/sync-protocol.md section 6.3). Versions are immutable, so one held already is
	 * left as it is; but the demo stand-in loaded before the first sync gives way to the
	 * first version received, whatever its number.
	 * @return whether the node's catalog changed
	 */
	@Transactional
	public boolean receive(CatalogVersion version) {
		boolean changed = false;
		if (!this.catalogs.anyReceived()) {
			changed = this.catalogs.deleteNotReceived() > 0;
		}
		if (!this.catalogs.holds(version.version())) {
			this.catalogs.insertReceived(version.version(), this.json.writeValueAsString(CatalogDocument.of(version)),
					this.clock.instant());
			changed = true;
			log.info("Took in catalog version {} with {} items from the hub", version.version(),
					version.items().size());
		}
		if (changed) {
			forgetCurrentAfterCommit();
		}
		return changed;
	}

	/** The number of the version this node serves. */
	public int currentVersion() {
		return current().version();
	}

	/**
	 * The parsed current version is cached; a version taken in inside a transaction must
	 * not be cached before that transaction commits, nor stay uncached after.
	 */
	private void forgetCurrentAfterCommit() {
		this.current.set(null);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					NodeCatalogService.this.current.set(null);
				}
			});
		}
	}

	/**
	 * The catalog version this node holds now.
	 * @throws IllegalStateException if it holds none (only before the start finished)
	 */
	@Transactional(readOnly = true)
	public CatalogVersion current() {
		CatalogVersion held = this.current.get();
		if (held == null) {
			held = this.catalogs.latest()
				.map((stored) -> this.json.readValue(stored.document(), CatalogDocument.class).toCatalogVersion())
				.orElseThrow(() -> new IllegalStateException("this node holds no catalog version"));
			this.current.set(held);
		}
		return held;
	}

	/**
	 * The proxy catalog (代办事项目录) for this node's level: the items an agent here may file.
	 */
	public List<ServiceItem> proxyCatalog() {
		return current().proxyCatalogFor(this.node.level());
	}

	/**
	 * The items the integrated window of a township may file (一窗综合受理): every item
	 * accepted at the township level. Empty at a village point, which files by proxy
	 * only.
	 */
	public List<ServiceItem> windowCatalog() {
		if (this.node.level() != NodeLevel.TOWNSHIP) {
			return List.of();
		}
		return current().items().stream().filter((item) -> item.acceptAt().contains(NodeLevel.TOWNSHIP)).toList();
	}

	/** An item of the current version. */
	public Optional<ServiceItem> item(ItemCode code) {
		return current().item(code);
	}

	private CatalogVersion readDemoCatalog() {
		try (InputStream in = Objects.requireNonNull(
				CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE),
				"demo catalog missing: " + CatalogDocument.DEMO_RESOURCE)) {
			return this.json.readValue(in, CatalogDocument.class).toCatalogVersion();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
