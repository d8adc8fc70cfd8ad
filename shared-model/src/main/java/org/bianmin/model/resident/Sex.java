package org.bianmin.model.resident;

/**
 * A resident's sex as recorded in the resident ID number (GB 11643: the 17th digit is odd
 * for men and even for women).
 */
public enum Sex {

	MALE, FEMALE;

	/**
	 * The key of this value's label in the {@code resident} message area.
	 * @return e.g. {@code resident.sex.MALE}
	 */
	public String messageKey() {
		return "resident.sex." + name();
	}

}
