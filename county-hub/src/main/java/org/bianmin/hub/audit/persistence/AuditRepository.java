package org.bianmin.hub.audit.persistence;

import java.util.List;

import org.bianmin.hub.audit.AuditEntry;

/** Audit entries: inserted in the caller's transaction, never changed. */
public interface AuditRepository {

	void insert(AuditEntry entry);

	List<AuditEntry> newestFirst(int offset, int limit);

	int count();

}
