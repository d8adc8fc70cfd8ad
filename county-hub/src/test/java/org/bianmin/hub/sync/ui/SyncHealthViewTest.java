package org.bianmin.hub.sync.ui;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.sync.IncidentFilter;
import org.bianmin.hub.sync.NodeHealth;
import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.hub.sync.SyncIncidentService;
import org.bianmin.hub.sync.SyncNodeService;
import org.bianmin.hub.sync.persistence.IncidentRepository;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.ResolutionChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 同步监控 and 处理同步异常 without a browser, in Chinese: a silent node is shown out of contact
 * with how long ago, its open incidents are counted and lead to its filtered incident
 * list, and an incident is resolved on its page (a missing reason and an impossible
 * acceptance explained, a discard shown with who and why).
 */
class SyncHealthViewTest extends HubBrowserlessTest {

	private static int next = 0;

	@Autowired
	SyncNodeService nodes;

	@Autowired
	IncidentRepository incidentRepository;

	@Autowired
	SyncIncidentService incidents;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	@WithUserDetails("supervisor")
	@SuppressWarnings("unchecked")
	void shows_a_silent_node_in_red_with_its_open_incidents_counted_and_linked() {
		NodeCode code = node();
		this.jdbc.update("update sync_node_status set last_contact_at = ?, clock_skew_ms = ? where node_code = ?",
				java.sql.Timestamp.from(Instant.now().minus(5, ChronoUnit.DAYS).minusSeconds(60)), 400_000L,
				code.value());
		keep(code, AckStatus.CONFLICT);
		keep(code, AckStatus.QUARANTINED);
		keep(code, AckStatus.QUARANTINED);
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

		navigate(SyncHealthView.class);

		assertThat(find(Paragraph.class).id("health-summary").getText()).matches("共\\d+个节点，\\d+个需要关注（超过3天未联系.*");
		Grid<NodeHealth> grid = find(Grid.class).id("sync-health");
		List<NodeHealth> rows = grid.getGenericDataView().getItems().toList();
		int row = indexOf(rows, code);
		NodeHealth health = rows.get(row);
		assertThat(health.contactOverdue()).isTrue();
		assertThat(health.clockFlagged()).isTrue();
		assertThat(health.conflicts()).isEqualTo(1);
		assertThat(health.quarantined()).isEqualTo(2);
		assertThat(test(grid).getCellText(row, 3)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d（5天前），联系中断");
		assertThat(test(grid).getCellText(row, 4)).isEqualTo("400秒（超出允许范围）");
		assertThat(grid.getPartNameGenerator().apply(health)).isEqualTo("bianmin-attention");
		assertThat(SyncHealthView.incidentsUrl(health, AckStatus.QUARANTINED))
			.isEqualTo("sync-incidents?node=" + code.value() + "&open=true&status=QUARANTINED");
		assertThat(find(Anchor.class).id("health-csv").getHref()).isNotBlank();

		grid.select(health);
		test(find(Button.class).id("open-incidents")).click();

		assertThat(getCurrentView()).isInstanceOf(IncidentsView.class);
		assertThat(find(Paragraph.class).id("incident-filter").getText())
			.isEqualTo("节点：" + code.value() + "；处理结果：全部；未处理3条");
		assertThat(((Grid<SyncIncident>) find(Grid.class).id("incidents")).getGenericDataView().getItems()).hasSize(3)
			.allSatisfy((incident) -> assertThat(incident.node()).isEqualTo(code));
	}

	@Test
	@WithUserDetails("supervisor")
	void resolves_an_incident_on_its_page_and_explains_refusals_in_chinese() {
		NodeCode code = node();
		SyncIncident incident = keep(code, AckStatus.NOT_OWNER);
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		navigate("sync-incidents/" + incident.id(), IncidentView.class);

		test(find(Button.class).id("discard")).click();
		assertThat(find(Span.class).id("resolution-error").getText()).isEqualTo("请填写处理理由（不超过500字）");

		test(find(TextArea.class).id("resolution-reason")).setValue("核对后采用");
		test(find(Button.class).id("accept-node")).click();
		assertThat(find(Span.class).id("resolution-error").getText()).isEqualTo("县中心没有该办件，不能采用该事件，只能作废");
		assertThat(this.incidents.find(incident.id()).orElseThrow().isResolved()).isFalse();

		test(find(TextArea.class).id("resolution-reason")).setValue("站点误操作，作废");
		test(find(Button.class).id("discard")).click();

		assertThat(find(Span.class).id("resolution-error").getText()).isEmpty();
		SyncIncident resolved = this.incidents.find(incident.id()).orElseThrow();
		assertThat(resolved.choice()).isEqualTo(ResolutionChoice.DISCARD);
		assertThat(resolved.resolution()).isEqualTo("站点误操作，作废");
		assertThat(find(Paragraph.class).id("resolution-outcome").getText()).startsWith("作废该记录（")
			.endsWith("）。理由：站点误操作，作废");
		// resolved: the actions are gone
		assertThat(find(Button.class).withId("discard").all()).isEmpty();
		assertThat(this.incidents.count(new IncidentFilter(code, null, true))).isZero();
	}

	@Test
	@WithUserDetails("supervisor")
	void the_supervision_dashboard_links_to_sync_health() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		navigate("supervision", com.vaadin.flow.component.Component.class);

		assertThat(find(Anchor.class).id("sync-health-link").getHref()).isEqualTo("sync-health");
	}

	private NodeCode node() {
		NodeCode code = NodeCode.of("SH" + (char) ('A' + (next / 26) % 26) + (char) ('A' + next++ % 26)
				+ Integer.toString((int) (Math.random() * 90 + 10)));
		this.nodes.register(new NodeRegistration(code, NodeLevel.TOWNSHIP, null, code.value() + "镇"));
		return code;
	}

	private SyncIncident keep(NodeCode node, AckStatus status) {
		CaseEvent event = new CaseEvent(EventId.of(UUID.randomUUID()), CaseId.of(UUID.randomUUID()), 5, node,
				CaseFixtures.CLERK, CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION, new CaseChange.Received());
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		SyncIncident incident = new SyncIncident(UUID.randomUUID(), event.id(), node, event.caseId(), 5, status,
				RuleViolation.of("case.rule.notOwner", node.value(), "YL"), this.json.writeValueAsString(event), now,
				now, 1, null, null, null, null, null, null);
		this.transactions.executeWithoutResult(
				(tx) -> this.incidentRepository.insert(incident, UUID.randomUUID().toString().replace("-", "")));
		return incident;
	}

	private static int indexOf(List<NodeHealth> rows, NodeCode code) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).node().code().equals(code)) {
				return i;
			}
		}
		throw new AssertionError(code + " not listed");
	}

}
