package org.bianmin.node.notices.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.node.notices.Notice;
import org.jspecify.annotations.Nullable;

/**
 * What a notice says in its own kind: the text between the applicant's facts and the
 * seal.
 */
class NoticeBody extends Div {

	private final Notice notice;

	private final Function<LocalDate, String> dates;

	NoticeBody(Notice notice, Function<LocalDate, String> dates) {
		this.notice = notice;
		this.dates = dates;
		addClassName("notice-body");
		setId("notice-body");
		switch (notice.details()) {
			case Notice.Acceptance acceptance -> acceptance(acceptance);
			case Notice.Correction correction -> correction(correction);
			case Notice.Refusal refusal -> refusal(refusal);
			case Notice.Completion completion -> completion(completion);
			case Notice.ProxyReceipt receipt -> receipt(receipt);
		}
	}

	private void acceptance(Notice.Acceptance acceptance) {
		String acceptedOn = this.dates.apply(this.notice.date());
		add(paragraph("notices.acceptance.body", this.notice.applicantName(), this.notice.itemName(), acceptedOn));
		NativeTable limits = table(null, row(text("notices.acceptance.accepted-on"), acceptedOn),
				row(text("notices.acceptance.promised-due"), this.dates.apply(acceptance.promisedDue())),
				row(text("notices.acceptance.legal-due"), this.dates.apply(acceptance.legalDue())));
		limits.setId("notice-time-limits");
		add(limits);
		if (acceptance.waitingForMaterials()) {
			add(paragraph("notices.acceptance.waiting"));
		}
		if (!acceptance.deferrals().isEmpty()) {
			add(new H2(text("notices.acceptance.deferrals.title")));
			NativeTable deferrals = table(
					header(text("notices.acceptance.deferral.material"), text("notices.acceptance.deferral.due"),
							text("notices.acceptance.deferral.committed-by")),
					acceptance.deferrals().stream().map(this::deferralRow).toArray(NativeTableRow[]::new));
			deferrals.setId("notice-deferrals");
			add(deferrals, paragraph("notices.acceptance.commitment"));
		}
	}

	private NativeTableRow deferralRow(Deferral deferral) {
		return row(deferral.material(), this.dates.apply(deferral.dueDate()), deferral.committedBy());
	}

	private void correction(Notice.Correction correction) {
		add(paragraph("notices.correction.body", this.notice.applicantName(), this.notice.itemName()));
		List<MaterialIssue> issues = correction.issues();
		NativeTableRow[] rows = new NativeTableRow[issues.size()];
		for (int i = 0; i < issues.size(); i++) {
			MaterialIssue issue = issues.get(i);
			String note = (issue.note() != null) ? issue.note() : "";
			rows[i] = row(String.valueOf(i + 1), issue.material(), text("case.issue." + issue.kind().name()), note);
		}
		NativeTable table = table(
				header(text("notices.correction.column.number"), text("notices.correction.column.material"),
						text("notices.correction.column.problem"), text("notices.correction.column.note")),
				rows);
		table.setId("notice-correction-issues");
		add(table, paragraph("notices.correction.closing"));
	}

	private void refusal(Notice.Refusal refusal) {
		add(paragraph("notices.refusal.body", this.notice.applicantName(), this.notice.itemName()));
		add(list("notice-refusal-reasons", refusal.reasons()), paragraph("notices.refusal.remedy"));
	}

	private void completion(Notice.Completion completion) {
		add(paragraph("notices.completion.body", this.notice.applicantName(), this.notice.itemName(),
				this.dates.apply(this.notice.date())));
		Span outcome = new Span(text("case.decision." + completion.outcome().name()));
		outcome.setId("notice-outcome");
		outcome.addClassName("notice-outcome");
		add(new Paragraph(new Span(text("notices.completion.outcome") + "："), outcome));
		if (!completion.reasons().isEmpty()) {
			add(new H2(text("notices.completion.reasons")), list("notice-decision-reasons", completion.reasons()));
		}
		Paragraph collect = paragraph("notices.completion.collect", this.notice.centre());
		collect.setId("notice-collect");
		add(collect);
	}

	private void receipt(Notice.ProxyReceipt receipt) {
		add(paragraph("notices.receipt.body", this.notice.applicantName(), receipt.agentName(),
				this.notice.itemName()));
		Span agent = new Span(receipt.agentName());
		agent.setId("notice-agent");
		add(new Paragraph(new Span(text("notices.receipt.agent") + "："), agent));
		add(new H2(text("notices.receipt.still-owed")));
		if (receipt.stillOwed().isEmpty()) {
			Paragraph none = paragraph("notices.receipt.nothing-owed");
			none.setId("notice-still-owed");
			add(none);
		}
		else {
			add(list("notice-still-owed", receipt.stillOwed()));
		}
		add(paragraph("notices.receipt.ask", this.notice.centre()));
	}

	private OrderedList list(String id, List<String> lines) {
		OrderedList list = new OrderedList(lines.stream().map(ListItem::new).toArray(ListItem[]::new));
		list.setId(id);
		return list;
	}

	private static NativeTable table(@Nullable NativeTableRow header, NativeTableRow... rows) {
		NativeTable table = new NativeTable();
		table.addClassName("notice-table");
		if (header != null) {
			table.getHead().add(header);
		}
		table.addBody().add(rows);
		return table;
	}

	private static NativeTableRow header(String... labels) {
		NativeTableRow row = new NativeTableRow();
		for (String label : labels) {
			row.add(new NativeTableHeaderCell(label));
		}
		return row;
	}

	private static NativeTableRow row(String... cells) {
		NativeTableRow row = new NativeTableRow();
		for (String cell : cells) {
			row.add(new NativeTableCell(cell));
		}
		return row;
	}

	private Paragraph paragraph(String key, Object... params) {
		return new Paragraph(text(key, params));
	}

	private String text(String key, Object... params) {
		return getTranslation(key, params);
	}

}
