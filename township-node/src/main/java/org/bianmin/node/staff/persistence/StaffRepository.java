package org.bianmin.node.staff.persistence;

import java.util.Optional;
import java.util.UUID;

import org.bianmin.node.staff.StaffAccount;

/**
 * Staff accounts in this node's database. Writes need the caller's transaction.
 */
public interface StaffRepository {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	/** Stores a new account with its roles. */
	void insert(StaffAccount account);

	/** The version of an account, and whether it came from the hub. */
	Optional<Stored> stored(UUID id);

	/**
	 * Stores an account as the hub sent it, in place of the one with its id if any, and
	 * removes any other account with its username (the hub is authoritative).
	 */
	void replaceFromHub(StaffAccount account);

	/**
	 * What the node holds of an account.
	 *
	 * @param version its version
	 * @param fromHub whether the hub sent it (else seeded here before the first sync)
	 */
	record Stored(long version, boolean fromHub) {
	}

}
