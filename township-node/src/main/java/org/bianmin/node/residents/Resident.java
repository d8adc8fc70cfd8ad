package org.bianmin.node.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * A resident in this node's register. {@code id} is the internal handle that screens put
 * in URLs; the resident ID number is the natural key but personal data, so it never
 * appears in a URL. {@code toString} shows the ID number masked (see
 * {@link ResidentId#toString()}), so a resident logged by accident stays masked.
 *
 * @param id the internal handle, made at registration
 * @param version the optimistic-locking version
 * @param data what the clerk entered
 * @param registeredAt when the resident was registered
 * @param registeredBy the user name of who registered them
 * @param standingAuthorisation the resident's standing authorisation (长期委托), if any
 */
public record Resident(UUID id, long version, Data data, Instant registeredAt, String registeredBy,
		@Nullable Authorisation standingAuthorisation) {

	public Resident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(registeredAt, "registeredAt");
		Objects.requireNonNull(registeredBy, "registeredBy");
		if (standingAuthorisation != null && standingAuthorisation.scope() != Authorisation.Scope.STANDING) {
			throw new IllegalArgumentException("only a standing authorisation is kept with the resident");
		}
	}

	/** The special groups on a day: 60+/80+ from the ID number, the rest as recorded. */
	public Set<SpecialGroup> groupsOn(LocalDate day) {
		return SpecialGroup.of(this.data.residentId(), day, this.data.disabled(), this.data.pregnant());
	}

	/**
	 * What is entered when registering a resident.
	 *
	 * @param residentId the resident ID number
	 * @param name the name, rare characters intact
	 * @param phone the phone number, if the resident has one
	 * @param village the village they live in
	 * @param disabled holds a disability certificate
	 * @param pregnant is pregnant
	 */
	public record Data(ResidentId residentId, PersonName name, @Nullable PhoneNumber phone, String village,
			boolean disabled, boolean pregnant) {

		/** The longest village name. */
		public static final int MAX_VILLAGE_LENGTH = 50;

		public Data {
			Objects.requireNonNull(residentId, "residentId");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(village, "village");
			village = village.strip();
			if (village.isEmpty() || village.codePointCount(0, village.length()) > MAX_VILLAGE_LENGTH) {
				throw new IllegalArgumentException("village must be 1.." + MAX_VILLAGE_LENGTH + " characters");
			}
		}

	}

}
