package org.bianmin.node.staff.persistence;

import static org.bianmin.node.jooq.Tables.APP_USER;
import static org.bianmin.node.jooq.Tables.APP_USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.bianmin.node.staff.StaffAccount;
import org.jooq.DSLContext;
import org.jooq.Field;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JooqStaffRepository implements StaffRepository {

	private final DSLContext dsl;

	JooqStaffRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<StaffAccount> findByUsername(String username) {
		return this.dsl
			.select(APP_USER.ID, APP_USER.VERSION, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
					APP_USER.ENABLED, APP_USER.NODE_CODE, APP_USER.DEPARTMENT, roles())
			.from(APP_USER)
			.where(APP_USER.USERNAME.eq(username))
			.fetchOptional((record) -> new StaffAccount(record.value1(), record.value2(),
					new StaffAccount.Data(record.value3(), record.value4(), record.value5(), record.value6(),
							record.value7(), record.value8(), record.value9())));
	}

	@Override
	public boolean existsByUsername(String username) {
		return this.dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(StaffAccount account) {
		StaffAccount.Data data = account.data();
		this.dsl
			.insertInto(APP_USER, APP_USER.ID, APP_USER.VERSION, APP_USER.USERNAME, APP_USER.DISPLAY_NAME,
					APP_USER.PASSWORD_HASH, APP_USER.ENABLED, APP_USER.NODE_CODE, APP_USER.DEPARTMENT)
			.values(account.id(), account.version(), data.username(), data.displayName(), data.passwordHash(),
					data.enabled(), data.nodeCode(), data.department())
			.execute();
		var roleRows = this.dsl.insertInto(APP_USER_ROLE, APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE);
		for (Role role : data.roles()) {
			roleRows = roleRows.values(account.id(), role);
		}
		roleRows.execute();
	}

	@Override
	public Optional<Stored> stored(UUID id) {
		return this.dsl.select(APP_USER.VERSION, APP_USER.FROM_HUB)
			.from(APP_USER)
			.where(APP_USER.ID.eq(id))
			.fetchOptional((r) -> new Stored(r.value1(), r.value2()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void replaceFromHub(StaffAccount account) {
		// roles go with their account (on delete cascade)
		this.dsl.deleteFrom(APP_USER)
			.where(APP_USER.ID.eq(account.id()).or(APP_USER.USERNAME.eq(account.data().username())))
			.execute();
		insert(account);
		this.dsl.update(APP_USER).set(APP_USER.FROM_HUB, true).where(APP_USER.ID.eq(account.id())).execute();
	}

	private static Field<Set<Role>> roles() {
		return multiset(select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)))
			.convertFrom((rows) -> {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				rows.forEach((row) -> roles.add(row.value1()));
				return roles;
			});
	}

}
