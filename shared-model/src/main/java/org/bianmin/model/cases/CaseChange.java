package org.bianmin.model.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a case event changes: one record per {@link CaseEventType}. These records are the
 * payloads on the wire, so every field is plain data; the rules that say when each may
 * happen live in {@link CaseFold} (what the record means for the case) and in the command
 * classes (whether a person may ask for it now).
 *
 * <p>
 * Events that hand the case to another place carry {@code handedTo}: handing over is an
 * event, and after it only the new owner may write.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = CaseChange.Filed.class, name = "FILED"),
		@JsonSubTypes.Type(value = CaseChange.DraftUpdated.class, name = "DRAFT_UPDATED"),
		@JsonSubTypes.Type(value = CaseChange.Submitted.class, name = "SUBMITTED"),
		@JsonSubTypes.Type(value = CaseChange.CorrectionRequested.class, name = "CORRECTION_REQUESTED"),
		@JsonSubTypes.Type(value = CaseChange.Resubmitted.class, name = "RESUBMITTED"),
		@JsonSubTypes.Type(value = CaseChange.Accepted.class, name = "ACCEPTED"),
		@JsonSubTypes.Type(value = CaseChange.Refused.class, name = "REFUSED"),
		@JsonSubTypes.Type(value = CaseChange.ReviewStarted.class, name = "REVIEW_STARTED"),
		@JsonSubTypes.Type(value = CaseChange.Forwarded.class, name = "FORWARDED"),
		@JsonSubTypes.Type(value = CaseChange.Received.class, name = "RECEIVED"),
		@JsonSubTypes.Type(value = CaseChange.Decided.class, name = "DECIDED"),
		@JsonSubTypes.Type(value = CaseChange.DeferredMaterialSupplied.class, name = "DEFERRED_MATERIAL_SUPPLIED"),
		@JsonSubTypes.Type(value = CaseChange.ResultReleased.class, name = "RESULT_RELEASED"),
		@JsonSubTypes.Type(value = CaseChange.Delivered.class, name = "DELIVERED"),
		@JsonSubTypes.Type(value = CaseChange.Rated.class, name = "RATED"),
		@JsonSubTypes.Type(value = CaseChange.FollowUpOpened.class, name = "FOLLOW_UP_OPENED"),
		@JsonSubTypes.Type(value = CaseChange.FollowUpClosed.class, name = "FOLLOW_UP_CLOSED"),
		@JsonSubTypes.Type(value = CaseChange.Terminated.class, name = "TERMINATED"),
		@JsonSubTypes.Type(value = CaseChange.MaterialScanned.class, name = "MATERIAL_SCANNED"),
		@JsonSubTypes.Type(value = CaseChange.SyncResolved.class, name = "SYNC_RESOLVED") })
public sealed interface CaseChange {

	CaseEventType type();

	/**
	 * A case is created as a draft at the node where it is filed, which owns it.
	 *
	 * @param queryCode the short code printed for the resident
	 * @param item the item's terms as of the catalog version it is filed under
	 * @param applicant the applicant's details as filed
	 * @param channel how the case came in
	 * @param filedAtLevel the level of the filing node
	 * @param proxyAgent the agent acting for the resident, for proxy channels
	 * @param authorisation the resident's consent, for proxy channels
	 * @param materials the state of every required material
	 */
	record Filed(QueryCode queryCode, ItemTerms item, ApplicantSnapshot applicant, Channel channel,
			NodeLevel filedAtLevel, @Nullable StaffRef proxyAgent, @Nullable Authorisation authorisation,
			Map<String, MaterialState> materials) implements CaseChange {

		public Filed {
			materials = Map.copyOf(materials);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.FILED;
		}

	}

	/** A draft saved again with other material states or channel. */
	record DraftUpdated(Channel channel, Map<String, MaterialState> materials) implements CaseChange {

		public DraftUpdated {
			materials = Map.copyOf(materials);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.DRAFT_UPDATED;
		}

	}

	/** Handed in; a village case is handed to its township for acceptance. */
	record Submitted(NodeCode handedTo) implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.SUBMITTED;
		}

	}

	/** The one-time correction notice: every missing or faulty material at once. */
	record CorrectionRequested(List<MaterialIssue> issues) implements CaseChange {

		public CorrectionRequested {
			issues = List.copyOf(issues);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.CORRECTION_REQUESTED;
		}

	}

	/** The applicant brought what the correction notice asked for. */
	record Resubmitted(Map<String, MaterialState> materials) implements CaseChange {

		public Resubmitted {
			materials = Map.copyOf(materials);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.RESUBMITTED;
		}

	}

	/** Accepted at the window; the clock starts. Non-key materials may be deferred. */
	record Accepted(List<Deferral> deferrals) implements CaseChange {

		public Accepted {
			deferrals = List.copyOf(deferrals);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.ACCEPTED;
		}

	}

	/** Declined at the window (不予受理) with reasons. */
	record Refused(List<String> reasons) implements CaseChange {

		public Refused {
			reasons = TextRules.reasons(reasons);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.REFUSED;
		}

	}

	/** Whoever decides the item starts to review it. */
	record ReviewStarted() implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.REVIEW_STARTED;
		}

	}

	/** A county item handed from the township to the county hub. */
	record Forwarded(NodeCode handedTo) implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.FORWARDED;
		}

	}

	/** The county hub took the forwarded case in. */
	record Received() implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.RECEIVED;
		}

	}

	/** Approved or rejected; a rejection gives reasons. */
	record Decided(DecisionOutcome outcome, List<String> reasons) implements CaseChange {

		public Decided {
			Objects.requireNonNull(outcome, "outcome");
			reasons = TextRules.reasons(reasons);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.DECIDED;
		}

	}

	/** A deferred material arrived. */
	record DeferredMaterialSupplied(String material) implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.DEFERRED_MATERIAL_SUPPLIED;
		}

	}

	/** The county's decision handed back to the township to deliver. */
	record ResultReleased(NodeCode handedTo) implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.RESULT_RELEASED;
		}

	}

	/** The result handed to the applicant (统一窗口出件). */
	record Delivered(DeliveryMethod method) implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.DELIVERED;
		}

	}

	/** The applicant's rating (好差评), once per case. */
	record Rated(RatingLevel level, @Nullable String comment) implements CaseChange {

		public Rated {
			Objects.requireNonNull(level, "level");
			comment = TextRules.optional(comment, 500, "comment");
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.RATED;
		}

	}

	/**
	 * A bad rating opens a follow-up (整改), handed to the county, where supervisors close
	 * it.
	 *
	 * @param dueDate the last working day to close it
	 * @param handedTo the county hub
	 */
	record FollowUpOpened(LocalDate dueDate, NodeCode handedTo) implements CaseChange {

		@Override
		public CaseEventType type() {
			return CaseEventType.FOLLOW_UP_OPENED;
		}

	}

	/** A supervisor closed the follow-up with the response given to the resident. */
	record FollowUpClosed(String response) implements CaseChange {

		public FollowUpClosed {
			response = TextRules.required(response, 1000, "response");
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.FOLLOW_UP_CLOSED;
		}

	}

	/** Ended because deferred materials were not supplied by their due date. */
	record Terminated(List<String> missedMaterials) implements CaseChange {

		public Terminated {
			missedMaterials = List.copyOf(missedMaterials);
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.TERMINATED;
		}

	}

	/**
	 * A scan or photo of a material was attached. The file itself travels separately
	 * (docs/sync-protocol.md, section 9): the event names it by the SHA-256 of its
	 * content, so every place that holds the event can fetch and check the same bytes.
	 *
	 * @param material the name of one of the item's materials
	 * @param sha256 the content's SHA-256, 64 lower-case hex digits
	 * @param mediaType {@code image/...} or {@code application/pdf}
	 * @param size the content's length in bytes, at most {@link #MAX_SIZE}
	 * @param fileName the file's name as it was uploaded, for the link
	 */
	record MaterialScanned(String material, String sha256, String mediaType, long size,
			String fileName) implements CaseChange {

		/** The largest scan, 20 MiB: a phone photo of a page fits many times over. */
		public static final long MAX_SIZE = 20L * 1024 * 1024;

		private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

		private static final Pattern MEDIA_TYPE = Pattern.compile("(image/[a-z0-9.+-]{1,60})|application/pdf");

		public MaterialScanned {
			material = TextRules.required(material, 100, "material");
			Objects.requireNonNull(sha256, "sha256");
			if (sha256.length() != 64 || !SHA256.matcher(sha256).matches()) {
				throw new IllegalArgumentException("a scan is named by its SHA-256 in 64 lower-case hex digits");
			}
			Objects.requireNonNull(mediaType, "mediaType");
			if (mediaType.length() > 80 || !MEDIA_TYPE.matcher(mediaType).matches()) {
				throw new IllegalArgumentException("a scan is an image or a PDF, not " + mediaType);
			}
			if (size < 1 || size > MAX_SIZE) {
				throw new IllegalArgumentException("a scan has 1 to " + MAX_SIZE + " bytes, not " + size);
			}
			fileName = TextRules.required(fileName, 255, "fileName");
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.MATERIAL_SCANNED;
		}

	}

	/**
	 * A person at the county hub accepted an event the hub had refused (a sync incident,
	 * docs/sync-protocol.md 5.4): the node's change is recorded again, now, by the case's
	 * current owner, as this new event. The refused event itself stays as it was received
	 * (events are immutable); this event names it. The fold applies {@code accepted} by
	 * the same rules as if the original actor had done it now at the recording node, so a
	 * change the case rules no longer allow cannot be accepted.
	 *
	 * @param refusedEvent the id of the event the hub refused and kept
	 * @param sentBy the node that recorded and pushed it
	 * @param originalActor who made the change at that node
	 * @param reason why the county accepted it, for the timeline
	 * @param accepted the node's change, as it was in the refused event
	 */
	record SyncResolved(EventId refusedEvent, NodeCode sentBy, Actor originalActor, String reason,
			CaseChange accepted) implements CaseChange {

		public SyncResolved {
			Objects.requireNonNull(refusedEvent, "refusedEvent");
			Objects.requireNonNull(sentBy, "sentBy");
			Objects.requireNonNull(originalActor, "originalActor");
			reason = TextRules.required(reason, 500, "reason");
			Objects.requireNonNull(accepted, "accepted");
		}

		@Override
		public CaseEventType type() {
			return CaseEventType.SYNC_RESOLVED;
		}

	}

}
