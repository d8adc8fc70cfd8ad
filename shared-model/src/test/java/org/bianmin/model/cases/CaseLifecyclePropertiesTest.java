package org.bianmin.model.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random command sequences, given by random people at the case's owner (and sometimes at
 * the wrong place), against the lifecycle of docs/domain.md.
 */
class CaseLifecyclePropertiesTest {

	private static final List<ServiceItem> ITEMS = List.of(CaseFixtures.PENSION, CaseFixtures.RELIEF,
			CaseFixtures.MEDICAL_ENROLMENT, CaseFixtures.HOMESTEAD);

	private static final List<Actor> ACTORS = List.of(CaseFixtures.AGENT, CaseFixtures.CLERK, CaseFixtures.REVIEWER,
			CaseFixtures.SUPERVISOR, Actor.of(new StaffRef("admin", "赵建国"), Role.ADMIN));

	private static final List<NetworkPlace> PLACES = List.of(CaseFixtures.AT_VILLAGE, CaseFixtures.AT_TOWNSHIP,
			CaseFixtures.AT_HUB);

	@Property(tries = 400)
	void the_fold_only_ever_moves_along_the_lifecycle(@ForAll @IntRange(max = 4095) int start,
			@ForAll @Size(max = 40) List<@IntRange(max = 99_999) Integer> moves) {
		Journey journey = Journey.run(start, moves);

		for (int i = 1; i < journey.statuses.size(); i++) {
			CaseStatus from = journey.statuses.get(i - 1);
			CaseStatus to = journey.statuses.get(i);
			assertThat(from == to || from.next().contains(to)).as("%s -> %s", from, to).isTrue();
		}
		Case last = journey.current;
		// the generator must reach deep into the lifecycle, or the property proves little
		for (CaseStatus status : CaseStatus.values()) {
			Statistics.label(status.name()).collect(journey.statuses.contains(status));
		}
		for (CaseStatus status : CaseStatus.values()) {
			double least = switch (status) {
				case FORWARDED, RECEIVED, RESULT_READY, TERMINATED -> 0.5;
				default -> 5.0;
			};
			Statistics.label(status.name()).coverage((coverage) -> coverage.check(true).percentage((p) -> p >= least));
		}
		if (last == null) {
			return;
		}
		assertThat(journey.events).extracting(CaseEvent::sequence)
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, journey.events.size()).boxed().toList());
		for (ItemTerms.MaterialTerm term : last.item().materials()) {
			if (term.key()) {
				assertThat(last.materials().get(term.name())).isNotEqualTo(MaterialState.DEFERRED);
			}
		}
		if (last.status() == CaseStatus.DELIVERED || last.status() == CaseStatus.RESULT_READY) {
			assertThat(last.outstandingDeferrals()).isEmpty();
		}
		if (last.followUp() != null) {
			assertThat(last.rating()).isNotNull();
			assertThat(last.rating().level().isBad()).isTrue();
		}
		if (last.status() == CaseStatus.DECIDED && last.item().isInstant()) {
			assertThat(last.acceptance().deferrals()).isEmpty();
		}
		assertThat(journey.events.stream().filter((e) -> e.type() == CaseEventType.RATED)).hasSizeLessThanOrEqualTo(1);
	}

	@Property(tries = 300)
	void replaying_the_same_events_gives_the_same_case(@ForAll @IntRange(max = 4095) int start,
			@ForAll @Size(max = 40) List<@IntRange(max = 99_999) Integer> moves) {
		Journey journey = Journey.run(start, moves);
		if (journey.current == null) {
			return;
		}
		assertThat(Case.replay(journey.events)).isEqualTo(journey.current);
	}

	@Property(tries = 300)
	void applying_an_event_twice_changes_nothing(@ForAll @IntRange(max = 4095) int start,
			@ForAll @Size(max = 40) List<@IntRange(max = 99_999) Integer> moves) {
		Journey journey = Journey.run(start, moves);
		if (journey.current == null) {
			return;
		}
		Case twice = CaseFold.start(journey.events.getFirst());
		for (CaseEvent event : journey.events) {
			twice = twice.apply(event).apply(event);
		}
		assertThat(twice).isEqualTo(journey.current);
		for (CaseEvent event : journey.events) {
			assertThat(journey.current.apply(event)).isEqualTo(journey.current);
		}
	}

	/** One random journey: a filing, then commands chosen by numbers. */
	private static final class Journey {

		private final CaseFixtures.Desk desk = new CaseFixtures.Desk();

		private final List<CaseEvent> events = new ArrayList<>();

		private final List<CaseStatus> statuses = new ArrayList<>();

		private Case current;

		static Journey run(int start, List<Integer> moves) {
			Journey journey = new Journey();
			journey.file(start);
			if (journey.current != null) {
				for (int move : moves) {
					journey.move(move);
				}
			}
			return journey;
		}

		private void file(int start) {
			ServiceItem item = ITEMS.get(start % ITEMS.size());
			boolean atVillage = (start / ITEMS.size()) % 2 == 1;
			CaseCommand.File file = atVillage
					? CaseFixtures.fileByProxy(item, CaseFixtures.all(item, MaterialState.RECEIVED))
					: CaseFixtures.fileAtWindow(item, materials(item, start / (2 * ITEMS.size())));
			CommandResult result = CaseDecider.decide(null, file,
					this.desk.context(atVillage ? CaseFixtures.AGENT : CaseFixtures.CLERK,
							atVillage ? CaseFixtures.AT_VILLAGE : CaseFixtures.AT_TOWNSHIP));
			record(result);
		}

		private void move(int move) {
			int param = move / 85;
			// now and then a long wait, so deferred materials fall overdue
			this.desk.later((param % 9 == 0) ? Duration.ofDays(8) : Duration.ofHours(1 + (param % 60)));
			if (move % 5 == 0) {
				// anything, by anyone, mostly at the owner and sometimes elsewhere: a
				// command that
				// does not fit must be refused, never obeyed
				Actor actor = ACTORS.get((move / 17) % ACTORS.size());
				NetworkPlace place = (param % 7 == 0) ? PLACES.get(param % PLACES.size())
						: placeOf(this.current.owner());
				record(this.desk.decide(this.current, command(move % 18, param), actor, place));
				return;
			}
			// what a person at the owning place would likely do next, so journeys reach
			// deep
			List<Integer> likely = likelyNext(this.current);
			LocalDate today = org.bianmin.model.calendar.ServiceTime.dayOf(this.desk.now());
			boolean overdue = this.current.outstandingDeferrals().stream().anyMatch((d) -> d.dueDate().isBefore(today));
			int kind = (overdue && param % 2 == 0) ? 15 : likely.get(param % likely.size());
			Actor actor = this.current.owner().equals(CaseFixtures.VILLAGE) ? CaseFixtures.AGENT : actorFor(kind);
			record(this.desk.decide(this.current, command(kind, param), actor, placeOf(this.current.owner())));
		}

		private static List<Integer> likelyNext(Case current) {
			return switch (current.status()) {
				case DRAFT -> List.of(1, 1, 0);
				case SUBMITTED -> List.of(4, 4, 4, 2, 5);
				case NEEDS_CORRECTION -> List.of(3, 3, 5);
				case ACCEPTED -> List.of(6, 8, 9, 10, 15, 16);
				case FORWARDED -> List.of(7);
				case RECEIVED -> List.of(8, 9);
				case IN_REVIEW -> List.of(9, 10, 15);
				case DECIDED -> List.of(10, 11, 12, 15);
				case RESULT_READY -> List.of(12);
				case DELIVERED, REFUSED, TERMINATED -> List.of(13, 14);
			};
		}

		private static Actor actorFor(int kind) {
			return switch (kind) {
				case 0, 1, 3 -> CaseFixtures.CLERK;
				case 7, 11 -> CaseFixtures.REVIEWER;
				case 14 -> CaseFixtures.SUPERVISOR;
				default -> CaseFixtures.CLERK;
			};
		}

		private CaseCommand command(int kind, int param) {
			ItemTerms item = this.current.item();
			return switch (kind) {
				case 0 -> new CaseCommand.UpdateDraft(Channel.values()[param % Channel.values().length],
						materials(item, param));
				case 1 -> new CaseCommand.Submit();
				case 2 -> new CaseCommand.RequestCorrection(issues(param));
				case 3 -> new CaseCommand.Resubmit(corrected(item, param));
				case 4 -> new CaseCommand.Accept(deferrals(param));
				case 5 -> new CaseCommand.Refuse((param % 3 == 0) ? List.of() : List.of("材料不符合要求"));
				case 6 -> new CaseCommand.Forward();
				case 7 -> new CaseCommand.Receive();
				case 8 -> new CaseCommand.StartReview();
				case 9 -> new CaseCommand.Decide(DecisionOutcome.values()[param % 2],
						(param % 3 == 0) ? List.of() : List.of("经审查"));
				case 10 -> new CaseCommand.SupplyDeferred(item.materials().get(param % item.materials().size()).name());
				case 11 -> new CaseCommand.ReleaseResult();
				case 12 -> new CaseCommand.Deliver(DeliveryMethod.values()[param % DeliveryMethod.values().length]);
				case 13 -> new CaseCommand.Rate(RatingLevel.values()[param % RatingLevel.values().length], null);
				case 14 -> new CaseCommand.CloseFollowUp("已回访整改");
				case 15 -> new CaseCommand.TerminateOverdue();
				case 16 -> new CaseCommand.AttachScan(item.materials().get(param % item.materials().size()).name(),
						"%064x".formatted(param), "image/jpeg", 1 + param, "扫描件.jpg");
				default -> new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of());
			};
		}

		private List<MaterialIssue> issues(int param) {
			List<MaterialIssue> issues = new ArrayList<>();
			this.current.materials().forEach((name, state) -> {
				if (state == MaterialState.MISSING && (param % 5 != 0)) {
					issues.add(new MaterialIssue(name, MaterialIssue.Kind.MISSING, null));
				}
			});
			if (param % 2 == 0) {
				String name = this.current.item().materials().getFirst().name();
				if (issues.stream().noneMatch((i) -> i.material().equals(name))) {
					issues.add(new MaterialIssue(name, MaterialIssue.Kind.FAULTY, "复印件不清晰"));
				}
			}
			return issues;
		}

		private List<Deferral> deferrals(int param) {
			List<Deferral> deferrals = new ArrayList<>();
			LocalDate today = org.bianmin.model.calendar.ServiceTime.dayOf(this.desk.now());
			this.current.materials().forEach((name, state) -> {
				if (state != MaterialState.RECEIVED && (param % 4 != 0)) {
					deferrals.add(new Deferral(name, today.plusDays(param % 6), "王𠈌兰"));
				}
			});
			return deferrals;
		}

		private static Map<String, MaterialState> materials(ItemTerms item, int param) {
			Map<String, MaterialState> materials = new LinkedHashMap<>();
			int i = 0;
			for (ItemTerms.MaterialTerm term : item.materials()) {
				int pick = (param >> (2 * i++)) & 3;
				MaterialState state = switch (pick) {
					case 1 -> MaterialState.MISSING;
					case 2 -> term.key() ? MaterialState.MISSING : MaterialState.DEFERRED;
					default -> MaterialState.RECEIVED;
				};
				materials.put(term.name(), state);
			}
			return materials;
		}

		/**
		 * After a correction the key materials are in; a non-key one may still be owed.
		 */
		private static Map<String, MaterialState> corrected(ItemTerms item, int param) {
			Map<String, MaterialState> materials = new LinkedHashMap<>();
			for (ItemTerms.MaterialTerm term : item.materials()) {
				boolean owed = !term.key() && param % 2 == 0;
				materials.put(term.name(), owed ? MaterialState.MISSING : MaterialState.RECEIVED);
			}
			return materials;
		}

		private static Map<String, MaterialState> materials(ServiceItem item, int param) {
			return materials(ItemTerms.of(item, 1), param);
		}

		private static NetworkPlace placeOf(NodeCode owner) {
			return PLACES.stream().filter((p) -> p.node().equals(owner)).findFirst().orElseThrow();
		}

		private void record(CommandResult result) {
			if (result instanceof CommandResult.Done done) {
				for (CaseEvent event : done.events()) {
					this.current = (this.current == null) ? CaseFold.start(event) : this.current.apply(event);
					this.events.add(event);
					this.statuses.add(this.current.status());
				}
				assertThat(this.current).isEqualTo(done.after());
			}
		}

	}

}
