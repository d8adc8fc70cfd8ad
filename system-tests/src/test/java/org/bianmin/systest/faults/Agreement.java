package org.bianmin.systest.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bianmin.systest.harness.Databases;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether the hub and the nodes agree event for event, read from their H2 databases
 * (docs/sync-protocol.md sections 5 and 6 after a settled sync):
 * <ul>
 * <li>at the hub, every case's events are sequences 1..n without a gap, each event id
 * once;</li>
 * <li>every event a node recorded is at the hub, once, with the same content;</li>
 * <li>no outbox row is PENDING or UPLOADING, none REJECTED (the workload makes only valid
 * events, so a refusal is a bug), each of the node's own events has exactly one outbox
 * row and pulled events none;</li>
 * <li>every case the node holds has exactly the hub's events, and every case the node has
 * an interest in at the hub (it recorded an event of it, or was handed it) is at the
 * node;</li>
 * <li>the node's case projection matches its events;</li>
 * <li>no incident is open at the hub and no sync problem at the node;</li>
 * <li>every scan an event names is complete at the hub with the right hash, none waits at
 * a node, and each a node holds has the right hash.</li>
 * </ul>
 */
final class Agreement {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One stored event, as both apps store it (table {@code case_event}). */
	record Event(UUID id, UUID caseId, int sequence, String type, String node, String actor, Instant recordedAt,
			int schemaVersion, JsonNode body) {

		/** The node an event hands the case to, if it does. */
		@Nullable String handedTo() {
			JsonNode handedTo = this.body.findValue("handedTo");
			return (handedTo != null && handedTo.isString()) ? handedTo.asString() : null;
		}

		/** Equal content, whatever the JSON's field order or the timestamps' form. */
		boolean sameAs(Event other) {
			return this.id.equals(other.id) && this.caseId.equals(other.caseId) && this.sequence == other.sequence
					&& this.type.equals(other.type) && this.node.equals(other.node) && this.actor.equals(other.actor)
					&& this.recordedAt.equals(other.recordedAt) && this.schemaVersion == other.schemaVersion
					&& this.body.equals(other.body);
		}

	}

	/** What one database holds. */
	record Snapshot(Map<UUID, Event> events, Map<String, Long> outboxStates, long ownEventsWithoutOneOutboxRow,
			long outboxRowsOfForeignEvents, List<String> projectionProblems, List<String> openProblems,
			List<String> rejected, List<String> attachmentProblems) {

		Map<UUID, List<Event>> byCase() {
			Map<UUID, List<Event>> cases = new HashMap<>();
			this.events.values()
				.forEach((event) -> cases.computeIfAbsent(event.caseId(), (id) -> new ArrayList<>()).add(event));
			return cases;
		}

		long count(String state) {
			return this.outboxStates.getOrDefault(state, 0L);
		}

	}

	private Agreement() {
	}

	static Snapshot hub(Path dataDir) {
		return Databases.read(dataDir, (db) -> {
			Map<UUID, Event> events = events(db);
			List<String> open = Databases.hasTable(db, "sync_incident")
					? Databases.strings(db,
							"""
									select status || ' ' || event_id || ' from ' || node_code || ': ' || reason_key || ' ' || reason_args
									from sync_incident where resolved_at is null
									""")
					: List.of();
			List<String> duplicates = Databases.strings(db, """
					select case_id || ' sequence ' || sequence || ' stored ' || count(*) || ' times'
					from case_event group by case_id, sequence having count(*) > 1
					""");
			List<String> gaps = Databases.strings(db, """
					select case_id || ' has ' || count(*) || ' events up to sequence ' || max(sequence)
					from case_event group by case_id having count(*) <> max(sequence) or min(sequence) <> 1
					""");
			List<String> problems = new ArrayList<>(duplicates);
			problems.addAll(gaps);
			problems.addAll(projection(db));
			return new Snapshot(events, Map.of(), 0, 0, problems, open, List.of(), hubAttachments(db, events));
		});
	}

	static Snapshot node(Path dataDir, String code) {
		return Databases.read(dataDir, (db) -> {
			Map<UUID, Event> events = events(db);
			Map<String, Long> states = new TreeMap<>();
			for (String row : Databases.strings(db, "select state || ' ' || count(*) from outbox group by state")) {
				String[] parts = row.split(" ");
				states.put(parts[0], Long.parseLong(parts[1]));
			}
			long ownWithout = Databases.number(db, """
					select count(*) from case_event e
					where e.node_code = ? and (select count(*) from outbox o where o.event_id = e.id) <> 1
					""", code);
			long foreign = Databases.number(db, """
					select count(*) from outbox o join case_event e on e.id = o.event_id where e.node_code <> ?
					""", code);
			List<String> rejected = Databases.strings(db, """
					select o.event_id || ': ' || coalesce(o.last_error, '') from outbox o where o.state = 'REJECTED'
					""");
			List<String> open = Databases.hasTable(db, "sync_problem") ? Databases.strings(db, """
					select case_id || ' sequence ' || sequence || ': ' || reason_key || ' ' || reason_args
					from sync_problem
					""") : List.of();
			return new Snapshot(events, states, ownWithout, foreign, projection(db), open, rejected,
					nodeAttachments(db, dataDir));
		});
	}

	/**
	 * Every scan an event at the hub names is complete there, and its chunks, put
	 * together, hash to its name.
	 */
	private static List<String> hubAttachments(Connection db, Map<UUID, Event> events) throws SQLException {
		List<String> problems = new ArrayList<>();
		if (!Databases.hasTable(db, "attachment")) {
			return problems;
		}
		for (String sha256 : scans(events)) {
			List<String> state = Databases.strings(db,
					"select size || ' ' || received || ' ' || complete from attachment where sha256 = ?", sha256);
			if (state.size() != 1 || !state.getFirst().toLowerCase(java.util.Locale.ROOT).endsWith("true")) {
				problems.add("scan " + sha256 + " named by an event is not complete at the hub: " + state);
				continue;
			}
			MessageDigest digest = sha256();
			try (PreparedStatement chunks = db
				.prepareStatement("select content from attachment_chunk where sha256 = ? order by chunk_offset")) {
				chunks.setString(1, sha256);
				try (ResultSet rows = chunks.executeQuery()) {
					while (rows.next()) {
						digest.update(rows.getBytes(1));
					}
				}
			}
			String actual = HexFormat.of().formatHex(digest.digest());
			if (!actual.equals(sha256)) {
				problems.add("scan " + sha256 + " at the hub hashes to " + actual);
			}
		}
		return problems;
	}

	/**
	 * No scan waits for upload, and every scan the node holds hashes to its name (the
	 * files live under {@code <data-dir>/attachments/<first two>/<sha256>}).
	 */
	private static List<String> nodeAttachments(Connection db, Path dataDir) throws SQLException {
		List<String> problems = new ArrayList<>();
		if (!Databases.hasTable(db, "attachment")) {
			return problems;
		}
		problems.addAll(Databases.strings(db,
				"select 'scan ' || sha256 || ' still ' || state from attachment where state = 'PENDING'"));
		for (String sha256 : Databases.strings(db, "select sha256 from attachment where state = 'UPLOADED'")) {
			Path file = dataDir.resolve("attachments").resolve(sha256.substring(0, 2)).resolve(sha256);
			try {
				String actual = HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
				if (!actual.equals(sha256)) {
					problems.add("scan " + sha256 + " on disk hashes to " + actual);
				}
			}
			catch (IOException ex) {
				problems.add("scan " + sha256 + " UPLOADED but not readable on disk: " + ex);
			}
		}
		return problems;
	}

	private static Set<String> scans(Map<UUID, Event> events) {
		Set<String> names = new TreeSet<>();
		for (Event event : events.values()) {
			if ("MATERIAL_SCANNED".equals(event.type())) {
				JsonNode sha256 = event.body().findValue("sha256");
				if (sha256 != null) {
					names.add(sha256.asString());
				}
			}
		}
		return names;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The case projection against the events (as KillNineDurabilityTest checks it). */
	private static List<String> projection(Connection db) throws SQLException {
		List<String> problems = new ArrayList<>(Databases.strings(db, """
				select 'case ' || c.id || ' version ' || c.version || ' has ' || count(e.id) || ' events up to '
				    || coalesce(max(e.sequence), 0)
				from cases c left join case_event e on e.case_id = c.id
				group by c.id, c.version
				having count(e.id) <> c.version or coalesce(max(e.sequence), 0) <> c.version
				"""));
		problems.addAll(Databases.strings(db, """
				select 'events of case ' || e.case_id || ' without the case' from case_event e
				where not exists (select 1 from cases c where c.id = e.case_id) group by e.case_id
				"""));
		return problems;
	}

	private static Map<UUID, Event> events(Connection db) throws SQLException {
		Map<UUID, Event> events = new LinkedHashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
				select id, case_id, sequence, event_type, node_code, actor_id, recorded_at, schema_version, body
				from case_event
				""")) {
			while (rows.next()) {
				Event event = new Event(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getInt(3),
						rows.getString(4), rows.getString(5), rows.getString(6),
						rows.getObject(7, OffsetDateTime.class).toInstant(), rows.getInt(8),
						JSON.readTree(rows.getString(9)));
				if (events.put(event.id(), event) != null) {
					throw new IllegalStateException("Event " + event.id() + " stored twice");
				}
			}
		}
		return events;
	}

	/**
	 * Everything that is wrong between the hub and the nodes, as lines a person can read;
	 * empty when they agree.
	 */
	static List<String> problems(Snapshot hub, Map<String, Snapshot> nodes) {
		return problems(hub, nodes, Set.of());
	}

	/**
	 * As {@link #problems(Snapshot, Map)}, except for the hub's own seed cases (those the
	 * hub's demo profile imports at its start, made "as if" by the demo nodes): they need
	 * not be at a node that never held them, and the sync problems a fresh node records
	 * for them (the feed sends them from the first sequence the node did not "record")
	 * are reported apart, not counted here.
	 */
	static List<String> problems(Snapshot hub, Map<String, Snapshot> nodes, Set<UUID> seededAtTheHub) {
		List<String> problems = new ArrayList<>();
		hub.projectionProblems().forEach((problem) -> problems.add("hub: " + problem));
		hub.openProblems().forEach((incident) -> problems.add("hub incident: " + incident));
		hub.attachmentProblems().forEach((problem) -> problems.add("hub: " + problem));
		Map<UUID, List<Event>> hubCases = hub.byCase();
		for (Map.Entry<String, Snapshot> entry : nodes.entrySet()) {
			String code = entry.getKey();
			Snapshot node = entry.getValue();
			String at = code + ": ";
			node.projectionProblems().forEach((problem) -> problems.add(at + problem));
			node.openProblems()
				.stream()
				.filter((problem) -> seededAtTheHub.stream().noneMatch((seed) -> problem.startsWith(seed.toString())))
				.forEach((problem) -> problems.add(at + "sync problem " + problem));
			node.rejected().forEach((rejected) -> problems.add(at + "outbox row REJECTED: " + rejected));
			node.attachmentProblems().forEach((problem) -> problems.add(at + problem));
			for (String state : List.of("PENDING", "UPLOADING")) {
				if (node.count(state) > 0) {
					problems.add(at + node.count(state) + " outbox rows still " + state);
				}
			}
			if (node.ownEventsWithoutOneOutboxRow() > 0) {
				problems.add(at + node.ownEventsWithoutOneOutboxRow() + " own events without exactly one outbox row");
			}
			if (node.outboxRowsOfForeignEvents() > 0) {
				problems.add(at + node.outboxRowsOfForeignEvents() + " outbox rows for events of other nodes");
			}
			int missing = 0;
			int different = 0;
			for (Event event : node.events().values()) {
				Event stored = hub.events().get(event.id());
				if (stored == null) {
					if (missing++ < 5) {
						problems.add(at + "event " + event.id() + " (" + event.type() + " of case " + event.caseId()
								+ " sequence " + event.sequence() + " by " + event.node() + ") is not at the hub");
					}
				}
				else if (!stored.sameAs(event)) {
					if (different++ < 5) {
						problems.add(at + "event " + event.id() + " differs from the hub's: " + event + " / " + stored);
					}
				}
			}
			if (missing > 5 || different > 5) {
				problems.add(at + missing + " events not at the hub, " + different + " different in all");
			}
			Map<UUID, List<Event>> nodeCases = node.byCase();
			Set<UUID> interesting = new TreeSet<>();
			hubCases.forEach((caseId, events) -> {
				if (!seededAtTheHub.contains(caseId)
						&& events.stream().anyMatch((e) -> code.equals(e.node()) || code.equals(e.handedTo()))) {
					interesting.add(caseId);
				}
			});
			int unequal = 0;
			for (UUID caseId : interesting) {
				Set<UUID> atHub = ids(hubCases.get(caseId));
				Set<UUID> atNode = ids(nodeCases.getOrDefault(caseId, List.of()));
				if (!atHub.equals(atNode) && unequal++ < 5) {
					problems.add(at + "case " + caseId + ": the hub has " + describe(hubCases.get(caseId))
							+ ", the node " + describe(nodeCases.getOrDefault(caseId, List.of())));
				}
			}
			for (UUID caseId : nodeCases.keySet()) {
				if (!interesting.contains(caseId) && !hubCases.containsKey(caseId) && unequal++ < 5) {
					problems.add(at + "case " + caseId + " is not at the hub");
				}
			}
			if (unequal > 5) {
				problems.add(at + unequal + " cases differ from the hub's in all");
			}
		}
		return problems;
	}

	private static Set<UUID> ids(@Nullable List<Event> events) {
		return (events == null) ? Set.of() : events.stream().map(Event::id).collect(Collectors.toSet());
	}

	private static String describe(List<Event> events) {
		return events.stream()
			.sorted((a, b) -> Integer.compare(a.sequence(), b.sequence()))
			.map((e) -> e.sequence() + ":" + e.type() + "@" + e.node())
			.collect(Collectors.joining(", ", "[", "]"));
	}

	/** A short summary for the trial log. */
	static String summary(Snapshot hub, Map<String, Snapshot> nodes) {
		StringBuilder text = new StringBuilder(
				"hub " + hub.events().size() + " events in " + hub.byCase().size() + " cases");
		nodes.forEach((code, node) -> text.append("; ")
			.append(code)
			.append(' ')
			.append(node.events().size())
			.append(" events, outbox ")
			.append(node.outboxStates()));
		return text.toString();
	}

}
