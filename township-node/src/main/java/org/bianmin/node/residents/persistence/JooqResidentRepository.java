package org.bianmin.node.residents.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.residents.PhoneNumber;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentSearch;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.RESIDENT;
import static org.bianmin.node.jooq.Tables.RESIDENT_STANDING_AUTHORISATION;

@Repository
class JooqResidentRepository implements ResidentRepository {

	private final DSLContext dsl;

	JooqResidentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(Resident resident, NodeCode node) {
		Resident.Data data = resident.data();
		this.dsl.insertInto(RESIDENT)
			.set(RESIDENT.ID, resident.id())
			.set(RESIDENT.RESIDENT_ID, data.residentId().value())
			.set(RESIDENT.NAME, data.name().value())
			.set(RESIDENT.PHONE, (data.phone() != null) ? data.phone().value() : null)
			.set(RESIDENT.VILLAGE, data.village())
			.set(RESIDENT.DISABLED, data.disabled())
			.set(RESIDENT.PREGNANT, data.pregnant())
			.set(RESIDENT.NODE_CODE, node.value())
			.set(RESIDENT.REGISTERED_AT, at(resident.registeredAt()))
			.set(RESIDENT.REGISTERED_BY, resident.registeredBy())
			.set(RESIDENT.VERSION, resident.version())
			.execute();
		Authorisation standing = resident.standingAuthorisation();
		if (standing != null) {
			mergeAuthorisation(resident.id(), standing, resident.registeredAt(), resident.registeredBy());
		}
	}

	@Override
	public Optional<Resident> find(UUID id, NodeCode node) {
		return select().where(RESIDENT.ID.eq(id).and(RESIDENT.NODE_CODE.eq(node.value())))
			.fetchOptional(JooqResidentRepository::resident);
	}

	@Override
	public Optional<UUID> idOf(ResidentId residentId) {
		return this.dsl.select(RESIDENT.ID)
			.from(RESIDENT)
			.where(RESIDENT.RESIDENT_ID.eq(residentId.value()))
			.fetchOptional(RESIDENT.ID);
	}

	@Override
	public List<Resident> search(ResidentSearch search, NodeCode node, int offset, int limit) {
		return select().where(condition(search, node))
			.orderBy(RESIDENT.NAME, RESIDENT.RESIDENT_ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqResidentRepository::resident);
	}

	@Override
	public int count(ResidentSearch search, NodeCode node) {
		return this.dsl.fetchCount(RESIDENT, condition(search, node));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void putStandingAuthorisation(UUID resident, Authorisation authorisation, Instant recordedAt,
			String recordedBy) {
		mergeAuthorisation(resident, authorisation, recordedAt, recordedBy);
		this.dsl.update(RESIDENT)
			.set(RESIDENT.VERSION, RESIDENT.VERSION.plus(1))
			.where(RESIDENT.ID.eq(resident))
			.execute();
	}

	private void mergeAuthorisation(UUID resident, Authorisation authorisation, Instant recordedAt, String recordedBy) {
		var table = RESIDENT_STANDING_AUTHORISATION;
		this.dsl.mergeInto(table)
			.using(DSL.selectOne())
			.on(table.RESIDENT.eq(resident))
			.whenMatchedThenUpdate()
			.set(table.GIVEN_ON, authorisation.givenOn())
			.set(table.FORM, authorisation.form().name())
			.set(table.WITNESS, authorisation.witness())
			.set(table.RECORDED_AT, at(recordedAt))
			.set(table.RECORDED_BY, recordedBy)
			.whenNotMatchedThenInsert(table.RESIDENT, table.GIVEN_ON, table.FORM, table.WITNESS, table.RECORDED_AT,
					table.RECORDED_BY)
			.values(resident, authorisation.givenOn(), authorisation.form().name(), authorisation.witness(),
					at(recordedAt), recordedBy)
			.execute();
	}

	private SelectJoinStep<? extends Record> select() {
		var authorisation = RESIDENT_STANDING_AUTHORISATION;
		return this.dsl
			.select(RESIDENT.ID, RESIDENT.VERSION, RESIDENT.RESIDENT_ID, RESIDENT.NAME, RESIDENT.PHONE,
					RESIDENT.VILLAGE, RESIDENT.DISABLED, RESIDENT.PREGNANT, RESIDENT.REGISTERED_AT,
					RESIDENT.REGISTERED_BY, authorisation.GIVEN_ON, authorisation.FORM, authorisation.WITNESS)
			.from(RESIDENT)
			.leftJoin(authorisation)
			.on(authorisation.RESIDENT.eq(RESIDENT.ID));
	}

	private static Condition condition(ResidentSearch search, NodeCode node) {
		Condition own = RESIDENT.NODE_CODE.eq(node.value());
		return switch (search) {
			case ResidentSearch.Everyone everyone -> own;
			case ResidentSearch.ByName name -> own.and(RESIDENT.NAME.contains(name.part()));
			case ResidentSearch.ById id -> own.and(RESIDENT.RESIDENT_ID.eq(id.residentId().value()));
			case ResidentSearch.ByPhone phone -> own.and(RESIDENT.PHONE.contains(phone.digits()));
		};
	}

	private static Resident resident(Record row) {
		var authorisation = RESIDENT_STANDING_AUTHORISATION;
		String phone = row.get(RESIDENT.PHONE);
		Resident.Data data = new Resident.Data(ResidentId.of(row.get(RESIDENT.RESIDENT_ID)),
				PersonName.of(row.get(RESIDENT.NAME)), (phone != null) ? PhoneNumber.of(phone) : null,
				row.get(RESIDENT.VILLAGE), row.get(RESIDENT.DISABLED), row.get(RESIDENT.PREGNANT));
		@Nullable Authorisation standing = (row.get(authorisation.GIVEN_ON) != null)
				? new Authorisation(row.get(authorisation.GIVEN_ON), Authorisation.Scope.STANDING,
						Authorisation.Form.valueOf(row.get(authorisation.FORM)), row.get(authorisation.WITNESS))
				: null;
		return new Resident(row.get(RESIDENT.ID), row.get(RESIDENT.VERSION), data,
				row.get(RESIDENT.REGISTERED_AT).toInstant(), row.get(RESIDENT.REGISTERED_BY), standing);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
