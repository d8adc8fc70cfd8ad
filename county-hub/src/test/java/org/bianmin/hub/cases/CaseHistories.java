package org.bianmin.hub.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.catalog.ServiceItem;

import static org.bianmin.model.cases.CaseFixtures.AT_HUB;
import static org.bianmin.model.cases.CaseFixtures.AT_TOWNSHIP;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.REVIEWER;

/**
 * Case histories for hub tests, made with shared-model's rules at the places a real case
 * passes: filed, submitted, accepted and forwarded at the township QS, received at the
 * hub. The applicant is {@link CaseFixtures#applicant()} (王𠈌兰, ID ending 0784).
 */
public final class CaseHistories {

	private CaseHistories() {
	}

	/** A county item's case as the hub holds it after receiving it from the township. */
	public static List<CaseEvent> receivedAtHub(ServiceItem countyItem) {
		CaseFixtures.Desk desk = new CaseFixtures.Desk();
		List<CaseEvent> events = new ArrayList<>();
		Case filed = run(desk, null,
				CaseFixtures.fileAtWindow(countyItem, CaseFixtures.all(countyItem, MaterialState.RECEIVED)), events,
				CLERK, AT_TOWNSHIP);
		Case submitted = run(desk, filed, new CaseCommand.Submit(), events, CLERK, AT_TOWNSHIP);
		desk.later(Duration.ofDays(1));
		Case accepted = run(desk, submitted, new CaseCommand.Accept(List.of()), events, CLERK, AT_TOWNSHIP);
		desk.later(Duration.ofHours(2));
		Case forwarded = run(desk, accepted, new CaseCommand.Forward(), events, CLERK, AT_TOWNSHIP);
		desk.later(Duration.ofDays(1));
		run(desk, forwarded, new CaseCommand.Receive(), events, REVIEWER, AT_HUB);
		return List.copyOf(events);
	}

	private static Case run(CaseFixtures.Desk desk, Case current, CaseCommand command, List<CaseEvent> events,
			org.bianmin.model.cases.Actor actor, org.bianmin.model.cases.NetworkPlace place) {
		CommandResult result = CaseDecider.decide(current, command, desk.context(actor, place));
		if (result instanceof CommandResult.Done done) {
			events.addAll(done.events());
			return done.after();
		}
		throw new AssertionError(command + " was refused: " + result);
	}

}
