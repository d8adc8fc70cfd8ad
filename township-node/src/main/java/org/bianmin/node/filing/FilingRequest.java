package org.bianmin.node.filing;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.catalog.ItemCode;

/**
 * What the filing screen hands in to start a case.
 *
 * @param resident the resident's internal handle in this node's register
 * @param item the item's code in the current catalog version
 * @param channel how the case comes in
 * @param authorisation which authorisation the agent relies on
 * @param materials the state of every material of the item, by name
 */
public record FilingRequest(UUID resident, ItemCode item, Channel channel, AuthorisationChoice authorisation,
		Map<String, MaterialState> materials) {

	public FilingRequest {
		Objects.requireNonNull(resident, "resident");
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(authorisation, "authorisation");
		materials = Map.copyOf(materials);
	}

	/** The authorisation an agent files under. */
	public sealed interface AuthorisationChoice {

		/**
		 * None recorded yet: the domain refuses a proxy filing without one and says so.
		 */
		record None() implements AuthorisationChoice {
		}

		/** The resident's standing authorisation in the register. */
		record Standing() implements AuthorisationChoice {
		}

		/** One recorded now, for this case only. */
		record ThisCase(Authorisation authorisation) implements AuthorisationChoice {

			public ThisCase {
				if (authorisation.scope() != Authorisation.Scope.THIS_CASE) {
					throw new IllegalArgumentException("a this-case authorisation must have scope THIS_CASE");
				}
			}

		}

	}

}
