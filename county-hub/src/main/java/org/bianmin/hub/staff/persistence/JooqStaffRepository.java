package org.bianmin.hub.staff.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.staff.StaffMember;
import org.bianmin.model.staff.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record9;
import org.jooq.SelectJoinStep;
import org.jspecify.annotations.Nullable;
import org.jooq.Result;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.APP_USER;
import static org.bianmin.hub.jooq.Tables.APP_USER_ROLE;
import static org.bianmin.hub.jooq.Tables.STAFF_BACKUP;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

@Repository
class JooqStaffRepository implements StaffRepository {

	// roles travel with their user in one query (MULTISET: JSON on H2 and on PostgreSQL
	// alike)
	private static final Field<Set<Role>> ROLES = multiset(
			select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)))
		.as("roles")
		.convertFrom(JooqStaffRepository::toRoles);

	private final DSLContext dsl;

	JooqStaffRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<StaffMember> findById(UUID id) {
		return findOne(APP_USER.ID.eq(id));
	}

	@Override
	public Optional<StaffMember> findByUsername(String username) {
		return findOne(APP_USER.USERNAME.eq(username));
	}

	@Override
	public boolean existsByUsername(String username) {
		return this.dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(StaffMember member) {
		StaffMember.Data data = member.data();
		this.dsl.insertInto(APP_USER)
			.set(APP_USER.ID, member.id())
			.set(APP_USER.USERNAME, data.username())
			.set(APP_USER.DISPLAY_NAME, data.displayName())
			.set(APP_USER.PASSWORD_HASH, data.passwordHash())
			.set(APP_USER.ENABLED, data.enabled())
			.set(APP_USER.NODE_CODE, data.nodeCode())
			.set(APP_USER.DEPARTMENT, data.department())
			.set(APP_USER.VERSION, member.version())
			.execute();
		insertRoles(member.id(), data.roles());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public StaffMember update(StaffMember member) {
		StaffMember.Data data = member.data();
		long nextVersion = member.version() + 1;
		int updated = this.dsl.update(APP_USER)
			.set(APP_USER.USERNAME, data.username())
			.set(APP_USER.DISPLAY_NAME, data.displayName())
			.set(APP_USER.PASSWORD_HASH, data.passwordHash())
			.set(APP_USER.ENABLED, data.enabled())
			.set(APP_USER.NODE_CODE, data.nodeCode())
			.set(APP_USER.DEPARTMENT, data.department())
			.set(APP_USER.VERSION, nextVersion)
			.where(APP_USER.ID.eq(member.id()).and(APP_USER.VERSION.eq(member.version())))
			.execute();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Staff account " + member.id() + " was changed or removed since version " + member.version());
		}
		this.dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(member.id())).execute();
		insertRoles(member.id(), data.roles());
		return new StaffMember(member.id(), nextVersion, data);
	}

	@Override
	public List<UUID> idsByNode(String nodeCode) {
		return this.dsl.select(APP_USER.ID)
			.from(APP_USER)
			.where(APP_USER.NODE_CODE.eq(nodeCode))
			.orderBy(APP_USER.USERNAME)
			.fetch(APP_USER.ID);
	}

	@Override
	public List<StaffMember> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return selectMembers().where(APP_USER.ID.in(ids)).fetch(JooqStaffRepository::toMember);
	}

	@Override
	public List<StaffMember> findAll() {
		return selectMembers().orderBy(APP_USER.NODE_CODE, APP_USER.USERNAME).fetch(JooqStaffRepository::toMember);
	}

	@Override
	public Map<UUID, UUID> backups() {
		Map<UUID, UUID> backups = new HashMap<>();
		this.dsl.select(STAFF_BACKUP.USER_ID, STAFF_BACKUP.BACKUP_ID)
			.from(STAFF_BACKUP)
			.forEach((row) -> backups.put(row.value1(), row.value2()));
		return backups;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void setBackup(UUID userId, @Nullable UUID backupId) {
		this.dsl.deleteFrom(STAFF_BACKUP).where(STAFF_BACKUP.USER_ID.eq(userId)).execute();
		if (backupId != null) {
			this.dsl.insertInto(STAFF_BACKUP)
				.set(STAFF_BACKUP.USER_ID, userId)
				.set(STAFF_BACKUP.BACKUP_ID, backupId)
				.execute();
		}
	}

	private void insertRoles(UUID userId, Set<Role> roles) {
		if (roles.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(APP_USER_ROLE, APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE);
		for (Role role : roles) {
			insert = insert.values(userId, role);
		}
		insert.execute();
	}

	private Optional<StaffMember> findOne(Condition condition) {
		return selectMembers().where(condition).fetchOptional(JooqStaffRepository::toMember);
	}

	private SelectJoinStep<Record9<UUID, Long, String, String, String, Boolean, String, String, Set<Role>>> selectMembers() {
		return this.dsl
			.select(APP_USER.ID, APP_USER.VERSION, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
					APP_USER.ENABLED, APP_USER.NODE_CODE, APP_USER.DEPARTMENT, ROLES)
			.from(APP_USER);
	}

	private static StaffMember toMember(
			Record9<UUID, Long, String, String, String, Boolean, String, String, Set<Role>> r) {
		return new StaffMember(r.value1(), r.value2(), new StaffMember.Data(r.value3(), r.value4(), r.value5(),
				r.value6(), r.value7(), r.value8(), r.value9()));
	}

	private static Set<Role> toRoles(Result<Record1<Role>> rows) {
		Set<Role> roles = new HashSet<>();
		for (Record1<Role> row : rows) {
			roles.add(row.value1());
		}
		return roles;
	}

}
