package org.bianmin.node.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.QueryCodeIssuer;
import org.jspecify.annotations.Nullable;

/**
 * Gives the demo's commands through {@link CaseCommandService}, as the demo staff would
 * at the window, so that every demo case is real events with their outbox rows. A command
 * the rules refuse stops the seeding with the rule's key: the demo must be fixed, never
 * the rules bent.
 */
final class DemoDesk {

	private final CaseCommandService commands;

	private final QueryCodeIssuer queryCodes;

	private final CatalogVersion catalog;

	private final Map<String, Actor> staff = new LinkedHashMap<>();

	private final Clock clock;

	private final RandomGenerator random = new SecureRandom();

	DemoDesk(CaseCommandService commands, QueryCodeIssuer queryCodes, CatalogVersion catalog, DemoSettings settings,
			Clock clock) {
		this.commands = commands;
		this.queryCodes = queryCodes;
		this.catalog = catalog;
		this.clock = clock;
		for (DemoSettings.DemoUser user : settings.users()) {
			this.staff.put(user.username(), Actor.of(new StaffRef(user.username(), user.displayName()), user.role()));
		}
	}

	/** Today in the county: the day every demo case is filed. */
	LocalDate today() {
		return ServiceTime.today(this.clock);
	}

	/** An item of the demo catalog. */
	ServiceItem item(String code) {
		return this.catalog.item(ItemCode.of(code))
			.orElseThrow(() -> new IllegalStateException("The demo catalog has no item " + code));
	}

	/**
	 * Files a case as a demo user, with a query code issued by this node.
	 * @param username a demo user of this node
	 * @param item the item
	 * @param resident the applicant
	 * @param channel how the case comes in
	 * @param authorisation the resident's consent, for a proxy channel
	 * @param materials the state of every material of the item
	 * @return the draft
	 */
	Case file(String username, ServiceItem item, DemoResident resident, Channel channel,
			@Nullable Authorisation authorisation, Map<String, MaterialState> materials) {
		CaseCommand.File file = new CaseCommand.File(CaseId.newId(this.clock, this.random), this.queryCodes.issue(),
				item, this.catalog.version(), resident.applicant(today()), channel, authorisation, materials);
		return done(this.commands.file(file, actor(username)), file);
	}

	/** Gives commands on a case one after the other as a demo user. */
	Case then(Case current, String username, CaseCommand... steps) {
		Case after = current;
		for (CaseCommand step : steps) {
			after = done(this.commands.handle(after.id(), step, actor(username)), step);
		}
		return after;
	}

	/**
	 * Every material of an item received, except the named ones, which are in a state.
	 */
	static Map<String, MaterialState> materials(ServiceItem item, MaterialState state, String... names) {
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((material) -> materials.put(material.name(), MaterialState.RECEIVED));
		for (String name : names) {
			if (materials.replace(name, state) == null) {
				throw new IllegalStateException("The demo item " + item.code() + " has no material " + name);
			}
		}
		return materials;
	}

	private Actor actor(String username) {
		Actor actor = this.staff.get(username);
		if (actor == null) {
			throw new IllegalStateException(
					"No demo user " + username + " at this node (bianmin.demo.users): " + this.staff.keySet());
		}
		return actor;
	}

	private static Case done(CommandResult result, CaseCommand command) {
		return switch (result) {
			case CommandResult.Done done -> done.after();
			case CommandResult.Denied denied -> throw new IllegalStateException(
					"The rules refused the demo's " + command.getClass().getSimpleName() + ": " + denied.violation());
		};
	}

}
