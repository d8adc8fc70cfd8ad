package org.bianmin.node.residents;

import java.util.Set;
import java.util.UUID;

import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * A resident as lists show them: the ID number only masked, so that a list can never leak
 * it, not even through a component's client-side state.
 *
 * @param id the internal handle, for the link to the resident's page
 * @param name the name
 * @param maskedResidentId e.g. {@code 621121********6137}
 * @param village the village
 * @param phone the phone number, if any
 * @param groups the special groups today
 */
public record ResidentSummary(UUID id, PersonName name, String maskedResidentId, String village, @Nullable String phone,
		Set<SpecialGroup> groups) {

	public ResidentSummary {
		groups = Set.copyOf(groups);
	}

}
