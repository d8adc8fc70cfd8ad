package org.bianmin.hub.catalog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bianmin.hub.catalog.persistence.CatalogRepository;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes catalog versions and answers which one is current. Versions only move
 * forward: a published version is never replaced, so a case pinned to it keeps its terms.
 */
@Service
public class CatalogService {

	private final CatalogRepository catalogs;

	private final Clock clock;

	// published versions never change, so a version read once can be kept
	private final Map<Integer, PublishedCatalog> versions = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	public CatalogService(CatalogRepository catalogs, Clock clock, ApplicationEventPublisher events) {
		this.catalogs = catalogs;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Publishes a new version.
	 * @param catalog the items, numbered one above the current version
	 * @param publishedBy the user id of the publishing admin
	 * @return the published version
	 * @throws IllegalArgumentException if the number does not follow the current version
	 */
	@Transactional
	public PublishedCatalog publish(CatalogVersion catalog, String publishedBy) {
		int next = this.catalogs.latest().map(PublishedCatalog::version).orElse(0) + 1;
		if (catalog.version() != next) {
			throw new IllegalArgumentException(
					"catalog version " + catalog.version() + " cannot be published: the next version is " + next);
		}
		// stored with the microseconds both databases keep, so what is read back equals
		// what was published
		PublishedCatalog published = new PublishedCatalog(catalog, this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				publishedBy);
		this.catalogs.insert(published);
		// the sync feed sends the version to every node in this transaction
		this.events.publishEvent(new CatalogVersionPublished(published.version()));
		return published;
	}

	/** A published version by its number, e.g. the one a case was accepted under. */
	@Transactional(readOnly = true)
	public Optional<PublishedCatalog> find(int version) {
		return this.catalogs.find(version);
	}

	/** The latest published version, if any has been published. */
	@Transactional(readOnly = true)
	public Optional<PublishedCatalog> current() {
		return this.catalogs.latest();
	}

	/**
	 * A published version by its number, kept once read: versions never change, and the
	 * case projection looks an item's department up for every stored batch of events.
	 */
	@Transactional(readOnly = true)
	public Optional<PublishedCatalog> version(int version) {
		PublishedCatalog known = this.versions.get(version);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<PublishedCatalog> found = this.catalogs.find(version);
		found.ifPresent((published) -> this.versions.put(version, published));
		return found;
	}

	/**
	 * An item's guide as a case knows it: from the version the case was filed under, or,
	 * when this hub does not hold that version (a node filed under a catalog it had
	 * before the hub's), from the latest version that has the item (三级四同: the code is the
	 * same everywhere).
	 */
	@Transactional(readOnly = true)
	public Optional<ServiceItem> item(ItemCode code, int catalogVersion) {
		Optional<ServiceItem> pinned = version(catalogVersion).flatMap((published) -> published.catalog().item(code));
		if (pinned.isPresent()) {
			return pinned;
		}
		return current().flatMap((published) -> version(published.version()))
			.flatMap((published) -> published.catalog().item(code));
	}

}
