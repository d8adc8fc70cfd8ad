package org.bianmin.hub.sync.feed;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bianmin.hub.sync.auth.VerifiedRequest;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /sync/v1/feed}: a page of the node's feed as a {@code PullPage}. Written
 * with a streaming generator so that stored events and catalog documents go out as the
 * JSON text they are stored as.
 */
@RestController
class FeedController {

	private final FeedReader reader;

	private final JsonMapper json;

	FeedController(FeedReader reader, JsonMapper json) {
		this.reader = reader;
		this.json = json;
	}

	@GetMapping(SyncProtocol.FEED_PATH)
	void feed(HttpServletRequest request, HttpServletResponse response) throws IOException {
		VerifiedRequest verified = VerifiedRequest.of(request);
		FeedPage page = this.reader.page(verified.node(), verified.body(FeedQuery.class));
		response.setContentType(SyncProtocol.MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		try (OutputStream out = response.getOutputStream(); JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeNumberProperty("protocolVersion", SyncProtocol.VERSION);
			generator.writeNumberProperty("cursor", page.cursor());
			generator.writeNumberProperty("nextCursor", page.nextCursor());
			generator.writeBooleanProperty("more", page.more());
			generator.writeName("resync");
			generator.writePOJO(page.resync());
			generator.writeStringProperty("hubTime", verified.hubTime().toString());
			generator.writeName("entries");
			generator.writeStartArray();
			for (FeedPage.Content entry : page.entries()) {
				write(generator, entry);
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
	}

	private static void write(JsonGenerator generator, FeedPage.Content entry) {
		generator.writeStartObject();
		switch (entry) {
			case FeedPage.CaseEvents events -> {
				generator.writeStringProperty("kind", "CASE_EVENTS");
				generator.writeName("events");
				generator.writeStartArray();
				for (String event : events.events()) {
					generator.writeRawValue(event);
				}
				generator.writeEndArray();
			}
			case FeedPage.Catalog catalog -> {
				generator.writeStringProperty("kind", "CATALOG_PUBLISHED");
				generator.writeName("catalog");
				generator.writeRawValue(catalog.document());
			}
			case FeedPage.Staff staff -> {
				generator.writeStringProperty("kind", "STAFF_ACCOUNT");
				generator.writeName("staff");
				generator.writePOJO(staff.staff());
			}
			case FeedPage.Resolution resolution -> {
				FeedEntry.IncidentResolved resolved = resolution.resolution();
				generator.writeStringProperty("kind", "INCIDENT_RESOLVED");
				generator.writeStringProperty("eventId", resolved.eventId().toString());
				generator.writeStringProperty("choice", resolved.choice().name());
				generator.writeStringProperty("reason", resolved.reason());
				generator.writeName("resolvedBy");
				generator.writePOJO(resolved.resolvedBy());
				generator.writeStringProperty("resolvedAt", resolved.resolvedAt().toString());
				generator.writeName("acceptedAs");
				if (resolved.acceptedAs() == null) {
					generator.writeNull();
				}
				else {
					generator.writeString(resolved.acceptedAs().toString());
				}
			}
		}
		generator.writeEndObject();
	}

}
