package org.bianmin.hub.sync.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bianmin.hub.sync.auth.SyncBodyReader;
import org.bianmin.hub.sync.auth.SyncRefusalException;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a pushed batch (check 10 of docs/sync-protocol.md 3.4). The whole batch is
 * refused only when it cannot be answered event by event: not a batch, another node's,
 * too many events, or an event without a readable id. An event that is otherwise broken,
 * or written in a later schema version, is read as {@link ReceivedBatch.Unreadable} and
 * quarantined on its own (sections 5.1 and 11).
 */
@Component
class PushBatchReader implements SyncBodyReader {

	private final JsonMapper json;

	PushBatchReader(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean reads(String method, String path) {
		return method.equals("POST") && path.equals(SyncProtocol.PUSH_PATH);
	}

	@Override
	public Object read(NodeCode signer, String path, Map<String, String> query, byte[] body) {
		ReceivedBatch batch = readFast(body);
		if (batch == null) {
			batch = readEventByEvent(body);
		}
		if (!batch.node().equals(signer)) {
			throw malformed("the batch names node " + batch.node() + ", but " + signer + " signed it");
		}
		if (batch.events().size() > SyncProtocol.MAX_BATCH_EVENTS) {
			throw malformed("a batch holds at most " + SyncProtocol.MAX_BATCH_EVENTS + " events");
		}
		return batch;
	}

	// the usual case: every event reads, in one pass
	private @Nullable ReceivedBatch readFast(byte[] body) {
		PushBatch batch;
		try {
			batch = this.json.readValue(body, PushBatch.class);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			return null;
		}
		if (batch.protocolVersion() != SyncProtocol.VERSION) {
			throw malformed("protocolVersion must be " + SyncProtocol.VERSION);
		}
		List<ReceivedBatch.ReceivedEvent> events = new ArrayList<>(batch.events().size());
		for (CaseEvent event : batch.events()) {
			events.add(new ReceivedBatch.Readable(event, this.json.writeValueAsString(event)));
		}
		return new ReceivedBatch(batch.node(), batch.batchId(), batch.lastOutboxSeq(), events);
	}

	private ReceivedBatch readEventByEvent(byte[] body) {
		JsonNode tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw malformed("the body is not JSON");
		}
		if (tree == null || !tree.isObject()) {
			throw malformed("the body is not a push batch");
		}
		if (tree.path("protocolVersion").asInt(-1) != SyncProtocol.VERSION) {
			throw malformed("protocolVersion must be " + SyncProtocol.VERSION);
		}
		NodeCode node = required(tree, "node", NodeCode::of);
		UUID batchId = required(tree, "batchId", UUID::fromString);
		JsonNode lastOutboxSeq = tree.path("lastOutboxSeq");
		if (!lastOutboxSeq.canConvertToLong() || lastOutboxSeq.asLong() < 0) {
			throw malformed("lastOutboxSeq must be a position");
		}
		JsonNode events = tree.path("events");
		if (!events.isArray()) {
			throw malformed("events must be an array");
		}
		List<ReceivedBatch.ReceivedEvent> received = new ArrayList<>();
		for (JsonNode event : events) {
			received.add(readEvent(event));
		}
		return new ReceivedBatch(node, batchId, lastOutboxSeq.asLong(), received);
	}

	private ReceivedBatch.ReceivedEvent readEvent(JsonNode event) {
		EventId id = required(event, "id", EventId::parse);
		try {
			CaseEvent read = this.json.treeToValue(event, CaseEvent.class);
			return new ReceivedBatch.Readable(read, this.json.writeValueAsString(read));
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			int schemaVersion = event.path("schemaVersion").asInt(CaseEvent.SCHEMA_VERSION);
			RuleViolation why = (schemaVersion > CaseEvent.SCHEMA_VERSION)
					? RuleViolation.of("sync.rule.laterSchemaVersion", schemaVersion, CaseEvent.SCHEMA_VERSION)
					: RuleViolation.of("sync.rule.unreadable");
			return new ReceivedBatch.Unreadable(id, optional(event, "node", NodeCode::of),
					optional(event, "caseId", (text) -> CaseId.of(UUID.fromString(text))),
					event.path("sequence").canConvertToInt() ? event.path("sequence").asInt() : null,
					this.json.writeValueAsString(event), why);
		}
	}

	private static <T> T required(JsonNode tree, String field, java.util.function.Function<String, T> parse) {
		T value = optional(tree, field, parse);
		if (value == null) {
			throw malformed(field + " is missing or malformed");
		}
		return value;
	}

	private static <T> @Nullable T optional(JsonNode tree, String field, java.util.function.Function<String, T> parse) {
		JsonNode value = tree.path(field);
		if (!value.isString()) {
			return null;
		}
		try {
			return parse.apply(value.asString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static SyncRefusalException malformed(String detail) {
		return new SyncRefusalException(SyncRefusal.MALFORMED_BODY, detail);
	}

}
