package org.bianmin.node.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.staff.Role;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.residents.persistence.ResidentRepository;
import org.bianmin.node.staff.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident register of this node: a node sees and registers the residents of its own
 * area only (a village point its village, a township centre its township). It owns the
 * rules that the register, not the resident, decides: one entry per ID number, who may
 * see a full ID number, and that lists carry the ID number only masked.
 */
@Service
public class ResidentRegisterService {

	private static final Logger log = LoggerFactory.getLogger(ResidentRegisterService.class);

	private final ResidentRepository residents;

	private final NodeIdentity node;

	private final Clock clock;

	public ResidentRegisterService(ResidentRepository residents, NodeIdentity node, Clock clock) {
		this.residents = residents;
		this.node = node;
		this.clock = clock;
	}

	/**
	 * Registers a resident in this node's register.
	 * @param data what was entered
	 * @param by who registers them
	 * @return the registered resident
	 * @throws ResidentAlreadyRegisteredException if the ID number is registered already
	 */
	@Transactional
	public Resident register(Resident.Data data, StaffPrincipal by) {
		Optional<UUID> existing = this.residents.idOf(data.residentId());
		if (existing.isPresent()) {
			throw new ResidentAlreadyRegisteredException(existing.get());
		}
		Resident resident = new Resident(UUID.randomUUID(), 1, data, this.clock.instant(), by.getUsername(), null);
		this.residents.insert(resident, this.node.code());
		// the ID number masked (ResidentId.toString), never in full
		log.info("Resident {} ({}) registered by {}", resident.id(), data.residentId(), by.getUsername());
		return resident;
	}

	/**
	 * A resident of this node's register.
	 * @throws ResidentNotFoundException if unknown here or another node's
	 */
	@Transactional(readOnly = true)
	public Resident find(UUID id) {
		return this.residents.find(id, this.node.code()).orElseThrow(() -> new ResidentNotFoundException(id));
	}

	/**
	 * One page of residents matching what was typed into the search box (a name, an ID
	 * number in any accepted form, or a phone number), with ID numbers masked.
	 */
	@Transactional(readOnly = true)
	public List<ResidentSummary> search(String typed, int offset, int limit) {
		LocalDate today = today();
		return this.residents.search(ResidentSearch.of(typed, today), this.node.code(), offset, limit)
			.stream()
			.map((resident) -> summary(resident, today))
			.toList();
	}

	/** How many residents match what was typed into the search box. */
	@Transactional(readOnly = true)
	public int count(String typed) {
		return this.residents.count(ResidentSearch.of(typed, today()), this.node.code());
	}

	/**
	 * Records a resident's standing authorisation (长期委托), replacing any earlier one.
	 * @throws ResidentNotFoundException if unknown here or another node's
	 * @throws IllegalArgumentException if the authorisation is not a standing one or is
	 * dated after today
	 */
	@Transactional
	public Resident recordStandingAuthorisation(UUID id, Authorisation authorisation, StaffPrincipal by) {
		if (authorisation.scope() != Authorisation.Scope.STANDING) {
			throw new IllegalArgumentException("only a standing authorisation is kept with the resident");
		}
		if (authorisation.givenOn().isAfter(today())) {
			throw new IllegalArgumentException("an authorisation cannot be dated after today");
		}
		find(id);
		this.residents.putStandingAuthorisation(id, authorisation, this.clock.instant(), by.getUsername());
		return find(id);
	}

	/**
	 * Whether a user may see residents' full ID numbers: agents and window clerks of this
	 * node, who need it to check a card against the register. Everyone else sees it
	 * masked.
	 */
	public boolean maySeeFullId(StaffPrincipal user) {
		return user.nodeCode().equals(this.node.code().value())
				&& (user.hasRole(Role.PROXY_AGENT) || user.hasRole(Role.WINDOW_CLERK));
	}

	/** Today at this node, for the age groups. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static ResidentSummary summary(Resident resident, LocalDate today) {
		Resident.Data data = resident.data();
		return new ResidentSummary(resident.id(), data.name(), data.residentId().masked(), data.village(),
				(data.phone() != null) ? data.phone().value() : null, resident.groupsOn(today));
	}

}
