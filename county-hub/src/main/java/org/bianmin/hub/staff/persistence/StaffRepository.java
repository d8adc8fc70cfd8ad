package org.bianmin.hub.staff.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.hub.staff.StaffMember;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Staff accounts with their roles. Writes join the caller's transaction and refuse to run
 * without one: the service that calls them owns the transaction.
 */
public interface StaffRepository {

	Optional<StaffMember> findById(UUID id);

	/** Looks an account up by its login name, exactly as stored (lower case). */
	Optional<StaffMember> findByUsername(String username);

	boolean existsByUsername(String username);

	/** The ids of the accounts that work at a node. */
	List<UUID> idsByNode(String nodeCode);

	/** The accounts with these ids that exist. */
	List<StaffMember> findAllById(Collection<UUID> ids);

	/**
	 * Stores a new account with its roles.
	 * @throws DuplicateKeyException if the ID or the username is taken
	 */
	void insert(StaffMember member);

	/**
	 * Replaces an account's data and roles if nobody changed it since it was read.
	 * @return the account with its new version
	 * @throws OptimisticLockingFailureException if the stored version differs (or the
	 * account is gone)
	 */
	StaffMember update(StaffMember member);

	/** Every account, by place and then login name. */
	List<StaffMember> findAll();

	/** Who backs up whom (A/B post): account ID to its backup's account ID. */
	Map<UUID, UUID> backups();

	/**
	 * Names an account's backup, or clears it with {@code null}, in the caller's
	 * transaction.
	 */
	void setBackup(UUID userId, @Nullable UUID backupId);

}
