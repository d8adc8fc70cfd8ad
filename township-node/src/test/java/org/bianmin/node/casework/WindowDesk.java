package org.bianmin.node.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;

/**
 * Makes cases at the township node through {@link CaseCommandService}, as the window
 * would, for tests that need cases in a given state. Each test picks its own made-up
 * village so that it can find its own cases in the shared test database.
 */
public final class WindowDesk {

	private final CaseCommandService service;

	private final Actor actor;

	public WindowDesk(CaseCommandService service, Actor actor) {
		this.service = service;
		this.actor = actor;
	}

	public static String village() {
		return "测" + UUID.randomUUID().toString().substring(0, 6) + "村";
	}

	public static ApplicantSnapshot applicant(String name, String village) {
		return new ApplicantSnapshot(ResidentId.of("621121194411030784"), PersonName.of(name), null, village, Set.of());
	}

	/** A case filed and submitted at the window, waiting to be accepted. */
	public Case submitted(ServiceItem item, String applicant, String village, Map<String, MaterialState> materials) {
		Case filed = done(this.service.file(new CaseCommand.File(CaseId.of(UUID.randomUUID()), CaseFixtures.queryCode(),
				item, 1, applicant(applicant, village), Channel.WINDOW, null, materials), this.actor));
		return done(this.service.handle(filed.id(), new CaseCommand.Submit(), this.actor));
	}

	public Case submitted(ServiceItem item, String applicant, String village) {
		return submitted(item, applicant, village, CaseFixtures.all(item, MaterialState.RECEIVED));
	}

	/** A case accepted at the window today, with all materials in. */
	public Case accepted(ServiceItem item, String applicant, String village) {
		Case submitted = submitted(item, applicant, village);
		return done(this.service.handle(submitted.id(), new CaseCommand.Accept(java.util.List.of()), this.actor));
	}

	/** A case accepted today with one material deferred: its clock is paused. */
	public Case acceptedWithDeferral(ServiceItem item, String material, String applicant, String village) {
		Case submitted = submitted(item, applicant, village,
				CaseFixtures.receivedExcept(item, MaterialState.DEFERRED, material));
		Deferral deferral = new Deferral(material, today(), applicant);
		return done(
				this.service.handle(submitted.id(), new CaseCommand.Accept(java.util.List.of(deferral)), this.actor));
	}

	public static LocalDate today() {
		return ServiceTime.today(java.time.Clock.systemUTC());
	}

	public static Case done(CommandResult result) {
		if (result instanceof CommandResult.Done done) {
			return done.after();
		}
		throw new AssertionError("expected the command to be done but: " + result);
	}

}
