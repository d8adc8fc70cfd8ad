package org.bianmin.node.filing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseNotFoundException;
import org.bianmin.node.casework.QueryCodeIssuer;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.filing.persistence.FiledCaseQuery;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.staff.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files cases for residents at this node: a draft is a real, stored case from the first
 * save, so it survives a reload and a restart; it can be saved again and submitted. The
 * case rules are the domain's ({@code CaseDecider}): this service gathers what they need
 * (the resident's snapshot, the catalog item, the authorisation, a new ID and query code)
 * and reports their refusals as they are.
 */
@Service
public class FilingService {

	private final CaseCommandService cases;

	private final ResidentRegisterService residents;

	private final NodeCatalogService catalog;

	private final QueryCodeIssuer queryCodes;

	private final FiledCaseQuery filed;

	private final NodeIdentity node;

	private final Clock clock;

	private final RandomGenerator random = new SecureRandom();

	FilingService(CaseCommandService cases, ResidentRegisterService residents, NodeCatalogService catalog,
			QueryCodeIssuer queryCodes, FiledCaseQuery filed, NodeIdentity node, Clock clock) {
		this.cases = cases;
		this.residents = residents;
		this.catalog = catalog;
		this.queryCodes = queryCodes;
		this.filed = filed;
		this.node = node;
		this.clock = clock;
	}

	/**
	 * The channels a user may file through here: the four proxy channels for an agent,
	 * the window for a township clerk.
	 */
	public List<Channel> channelsFor(StaffPrincipal user) {
		List<Channel> channels = new ArrayList<>();
		if (user.hasRole(Role.PROXY_AGENT)) {
			channels.addAll(List.of(Channel.IMMEDIATE, Channel.ON_BEHALF, Channel.ACCOMPANIED, Channel.HOME_VISIT));
		}
		if (user.hasRole(Role.WINDOW_CLERK) && this.node.level() == NodeLevel.TOWNSHIP) {
			channels.add(Channel.WINDOW);
		}
		return List.copyOf(channels);
	}

	/**
	 * The items a user may file here: the proxy catalog for an agent, every item the
	 * township accepts for a window clerk.
	 */
	public List<ServiceItem> itemsFor(StaffPrincipal user) {
		if (user.hasRole(Role.PROXY_AGENT)) {
			return this.catalog.proxyCatalog();
		}
		return this.catalog.windowCatalog();
	}

	/**
	 * Files a new case as a draft.
	 * @throws org.bianmin.node.residents.ResidentNotFoundException if the resident is not
	 * in this node's register
	 */
	@Transactional
	public FilingOutcome saveNewDraft(FilingRequest request, StaffPrincipal user) {
		Resident resident = this.residents.find(request.resident());
		Actor actor = actor(user, request.channel());
		if (!user.hasRole(actor.role())) {
			return refused("case.rule.roleMayNot");
		}
		CatalogVersion version = this.catalog.current();
		ServiceItem item = version.item(request.item()).orElse(null);
		if (item == null) {
			return refused("case.rule.notAcceptedAtThisLevel", request.item().value());
		}
		Authorisation authorisation = switch (request.authorisation()) {
			case FilingRequest.AuthorisationChoice.None none -> null;
			case FilingRequest.AuthorisationChoice.Standing standing -> resident.standingAuthorisation();
			case FilingRequest.AuthorisationChoice.ThisCase thisCase -> thisCase.authorisation();
		};
		Resident.Data data = resident.data();
		LocalDate today = LocalDate.now(this.clock);
		ApplicantSnapshot applicant = new ApplicantSnapshot(data.residentId(), data.name(),
				(data.phone() != null) ? data.phone().value() : null, data.village(), resident.groupsOn(today));
		CaseCommand.File file = new CaseCommand.File(CaseId.newId(this.clock, this.random), this.queryCodes.issue(),
				item, version.version(), applicant, request.channel(), authorisation, request.materials());
		// a refused filing leaves a gap in the day's sequence: harmless, codes need only
		// be unique
		return outcome(this.cases.file(file, actor));
	}

	/**
	 * Saves a draft again with its channel and materials.
	 * @throws CaseNotFoundException if the case was not filed here
	 */
	@Transactional
	public FilingOutcome updateDraft(CaseId id, Channel channel, Map<String, MaterialState> materials,
			StaffPrincipal user) {
		draft(id);
		return outcome(this.cases.handle(id, new CaseCommand.UpdateDraft(channel, materials), actor(user, channel)));
	}

	/**
	 * Submits a draft; at a village point it goes to the township for acceptance.
	 * @throws CaseNotFoundException if the case was not filed here
	 */
	@Transactional
	public FilingOutcome submit(CaseId id, StaffPrincipal user) {
		Case current = draft(id);
		return outcome(this.cases.handle(id, new CaseCommand.Submit(), actor(user, current.channel())));
	}

	/**
	 * A case filed at this node, as stored.
	 * @throws CaseNotFoundException if unknown here or filed elsewhere
	 */
	@Transactional(readOnly = true)
	public Case draft(CaseId id) {
		Case found = this.cases.find(id);
		if (!found.filing().node().equals(this.node.code())) {
			throw new CaseNotFoundException(id);
		}
		return found;
	}

	/** The cases a user filed here, newest first, with ID numbers masked. */
	@Transactional(readOnly = true)
	public List<FiledCase> filedBy(StaffPrincipal user, int offset, int limit) {
		return this.filed.filedBy(user.getUsername(), this.node.code(), offset, limit);
	}

	@Transactional(readOnly = true)
	public int countFiledBy(StaffPrincipal user) {
		return this.filed.countFiledBy(user.getUsername(), this.node.code());
	}

	/** An item of the catalog version this node holds now, for the service guide. */
	public java.util.Optional<ServiceItem> item(org.bianmin.model.catalog.ItemCode code) {
		return this.catalog.item(code);
	}

	/** Whether a stored case may still be edited here: this node owns it. */
	public boolean mayEdit(Case found) {
		return found.isOwnedBy(this.node.code());
	}

	/** Whether the node is a village point, whose submitted cases wait for sync. */
	public boolean atVillage() {
		return this.node.isVillage();
	}

	private static Actor actor(StaffPrincipal user, Channel channel) {
		return Actor.of(new StaffRef(user.getUsername(), user.displayName()),
				channel.isProxy() ? Role.PROXY_AGENT : Role.WINDOW_CLERK);
	}

	private static FilingOutcome outcome(CommandResult result) {
		return switch (result) {
			case CommandResult.Done done -> new FilingOutcome.Saved(done.after().id(), done.after().queryCode(),
					done.after().status(), done.after().owner());
			case CommandResult.Denied denied -> new FilingOutcome.Refused(denied.violation());
		};
	}

	private static FilingOutcome refused(String key, Object... args) {
		return new FilingOutcome.Refused(RuleViolation.of(key, args));
	}

}
