package org.bianmin.node.residents.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentSearch;

/**
 * The resident register. Every read is scoped to one node's register: a resident of
 * another node is not there for the caller.
 */
public interface ResidentRepository {

	/** Adds a resident to a node's register, in the caller's transaction. */
	void insert(Resident resident, NodeCode node);

	/** A resident of the node's register, with their standing authorisation. */
	Optional<Resident> find(UUID id, NodeCode node);

	/** The handle of whoever holds this ID number, in any register held here. */
	Optional<UUID> idOf(ResidentId residentId);

	/** One page of the node's residents matching a search, by name then ID number. */
	List<Resident> search(ResidentSearch search, NodeCode node, int offset, int limit);

	/** How many of the node's residents match a search. */
	int count(ResidentSearch search, NodeCode node);

	/**
	 * Records (or replaces) a resident's standing authorisation, in the caller's
	 * transaction.
	 */
	void putStandingAuthorisation(UUID resident, Authorisation authorisation, Instant recordedAt, String recordedBy);

}
