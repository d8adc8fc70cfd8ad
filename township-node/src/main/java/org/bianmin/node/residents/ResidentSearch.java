package org.bianmin.node.residents;

import java.time.LocalDate;

import org.bianmin.model.resident.InvalidResidentIdException;
import org.bianmin.model.resident.ResidentId;

/**
 * What a search box asks for: a name (contained in the name), a resident ID number in any
 * form {@link ResidentId#parse} accepts (exact), a phone number (contained), or everyone.
 */
public sealed interface ResidentSearch {

	/** Everyone in the register. */
	record Everyone() implements ResidentSearch {
	}

	/** Names containing this text. */
	record ByName(String part) implements ResidentSearch {
	}

	/** The resident with this ID number. */
	record ById(ResidentId residentId) implements ResidentSearch {
	}

	/** Phone numbers containing these digits. */
	record ByPhone(String digits) implements ResidentSearch {
	}

	/**
	 * Reads what was typed into the one search box: an ID number if it is one, digits as
	 * a phone number, anything else as part of a name.
	 * @param typed the search text
	 * @param today for the ID number's future-date rule
	 * @return the search
	 */
	static ResidentSearch of(String typed, LocalDate today) {
		String text = typed.strip();
		if (text.isEmpty()) {
			return new Everyone();
		}
		try {
			return new ById(ResidentId.parse(text, today));
		}
		catch (InvalidResidentIdException notAnId) {
			// not an ID number: a phone number or a name
		}
		String phone = PhoneNumber.normalise(text);
		if (phone.matches("[0-9-]{3,20}")) {
			return new ByPhone(phone);
		}
		return new ByName(text);
	}

}
