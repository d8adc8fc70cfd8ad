package org.bianmin.node.staff.persistence;

import java.util.Optional;

import org.bianmin.node.staff.StaffAccount;

/**
 * Staff accounts in this node's database. Writes need the caller's transaction.
 */
public interface StaffRepository {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	/** Stores a new account with its roles. */
	void insert(StaffAccount account);

}
