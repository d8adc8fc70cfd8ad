package org.bianmin.hub.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.sync.NodeReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node registry (节点管理, docs/sync-protocol.md 3.1): registers nodes and issues their
 * secrets, renames, disables and enables them, rotates secrets. A registration starts the
 * node's feed with the current catalog and the node's accounts ({@link NodeRegistered}).
 */
@Service
public class SyncNodeService {

	private static final int MAX_NAME_LENGTH = 100;

	private final NodeRepository nodes;

	private final ApplicationEventPublisher events;

	private final HubIdentity hub;

	private final SyncSettings settings;

	private final Clock clock;

	SyncNodeService(NodeRepository nodes, ApplicationEventPublisher events, HubIdentity hub, SyncSettings settings,
			Clock clock) {
		this.nodes = nodes;
		this.events = events;
		this.hub = hub;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Registers a node with a new secret.
	 * @return the secret, to be shown once
	 * @throws NodeRegistryException if the registration is not allowed
	 */
	@Transactional
	public IssuedSecret register(NodeRegistration registration) {
		String secret = IssuedSecret.newSecret();
		insert(registration, secret);
		return new IssuedSecret(registration.code(), secret);
	}

	/**
	 * Registers a node with a given secret unless the code is registered (then nothing
	 * changes): the demo's nodes, whose secrets are published in the demo's
	 * documentation.
	 * @return whether the node was registered now
	 */
	@Transactional
	public boolean registerIfAbsent(NodeRegistration registration, String secret) {
		if (this.nodes.find(registration.code()).isPresent()) {
			return false;
		}
		insert(registration, secret);
		return true;
	}

	private void insert(NodeRegistration registration, String secret) {
		check(registration);
		try {
			this.nodes.insert(registration, secret, now());
		}
		catch (DuplicateKeyException ex) {
			throw new NodeRegistryException("sync.nodes.error.duplicate-code", registration.code());
		}
		this.events.publishEvent(new NodeRegistered(registration.code()));
	}

	private void check(NodeRegistration registration) {
		checkName(registration.name());
		if (registration.code().equals(this.hub.code())) {
			throw new NodeRegistryException("sync.nodes.error.hub-code", registration.code());
		}
		if (this.nodes.find(registration.code()).isPresent()) {
			throw new NodeRegistryException("sync.nodes.error.duplicate-code", registration.code());
		}
		NodeCode parent = registration.parentTownship();
		switch (registration.level()) {
			case COUNTY -> throw new NodeRegistryException("sync.nodes.error.county-level");
			case TOWNSHIP -> {
				if (parent != null) {
					throw new NodeRegistryException("sync.nodes.error.township-with-parent");
				}
			}
			case VILLAGE -> {
				if (parent == null) {
					throw new NodeRegistryException("sync.nodes.error.village-without-parent");
				}
				boolean township = this.nodes.find(parent)
					.map((node) -> node.level() == NodeLevel.TOWNSHIP)
					.orElse(false);
				if (!township) {
					throw new NodeRegistryException("sync.nodes.error.parent-not-township", parent);
				}
			}
		}
	}

	private static void checkName(String name) {
		int length = name.codePointCount(0, name.length());
		if (name.isBlank() || length > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
			throw new NodeRegistryException("sync.nodes.error.name", MAX_NAME_LENGTH);
		}
	}

	@Transactional
	public void rename(NodeCode code, String name) {
		String stripped = name.strip();
		checkName(stripped);
		if (!this.nodes.rename(code, stripped)) {
			throw new NodeRegistryException("sync.nodes.error.unknown", code);
		}
	}

	/**
	 * Disables or enables a node: a disabled node's requests are refused (NODE_DISABLED).
	 */
	@Transactional
	public void setEnabled(NodeCode code, boolean enabled) {
		if (!this.nodes.setEnabled(code, enabled)) {
			throw new NodeRegistryException("sync.nodes.error.unknown", code);
		}
	}

	/**
	 * Issues a new secret: the old one fails from the commit on.
	 * @return the new secret, to be shown once
	 */
	@Transactional
	public IssuedSecret rotateSecret(NodeCode code) {
		String secret = IssuedSecret.newSecret();
		if (!this.nodes.replaceSecret(code, secret, now())) {
			throw new NodeRegistryException("sync.nodes.error.unknown", code);
		}
		return new IssuedSecret(code, secret);
	}

	@Transactional(readOnly = true)
	public List<SyncNode> nodes() {
		return this.nodes.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<SyncNode> find(NodeCode code) {
		return this.nodes.find(code);
	}

	/** Whether the node's clock was beyond the bound at its last request. */
	public boolean isClockFlagged(SyncNode node) {
		Long skew = node.clockSkewMillis();
		return skew != null && this.settings.isFlagged(skew);
	}

	/** Keeps what a node reported at the end of a sync run. */
	@Transactional
	public void recordReport(NodeReport report) {
		this.nodes.recordReport(report, now());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
