package org.bianmin.node.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.QueryCode;

/**
 * What one notice says, read from the case's record: the parts every notice shares and
 * the details of its kind. The applicant's ID number is here only masked, so a notice can
 * never print it in full.
 *
 * @param centre the centre that issues it, e.g. 青石镇便民服务中心
 * @param queryCode the case's query code, printed and in the QR code
 * @param itemName the service item applied for
 * @param applicantName the applicant's name as filed
 * @param maskedResidentId the applicant's ID number, masked
 * @param date the day (in the county) of the event the notice documents
 * @param details what this kind of notice says
 */
public record Notice(String centre, QueryCode queryCode, String itemName, String applicantName, String maskedResidentId,
		LocalDate date, Details details) {

	/** What the QR code holds; the hub's public query page will read it. */
	static final String QR_PREFIX = "BIANMIN:";

	public Notice {
		Objects.requireNonNull(centre, "centre");
		Objects.requireNonNull(queryCode, "queryCode");
		Objects.requireNonNull(itemName, "itemName");
		Objects.requireNonNull(applicantName, "applicantName");
		Objects.requireNonNull(maskedResidentId, "maskedResidentId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(details, "details");
	}

	public NoticeKind kind() {
		return this.details.kind();
	}

	/** The text encoded in the notice's QR code, e.g. {@code BIANMIN:260302001QSX}. */
	public String qrText() {
		return QR_PREFIX + this.queryCode.value();
	}

	/** The details of one kind of notice. */
	public sealed interface Details {

		NoticeKind kind();

	}

	/**
	 * 受理通知书.
	 *
	 * @param promisedDue the promised limit's due date
	 * @param legalDue the legal limit's due date
	 * @param waitingForMaterials whether the clock stands still for deferred materials,
	 * so the due dates move on by the days it waits
	 * @param deferrals the materials accepted as missing, each with its due date and who
	 * committed to it
	 */
	public record Acceptance(LocalDate promisedDue, LocalDate legalDue, boolean waitingForMaterials,
			List<Deferral> deferrals) implements Details {

		public Acceptance {
			deferrals = List.copyOf(deferrals);
		}

		@Override
		public NoticeKind kind() {
			return NoticeKind.ACCEPTANCE;
		}

	}

	/** 材料补正通知书 (一次性告知书): every line of the correction request. */
	public record Correction(List<MaterialIssue> issues) implements Details {

		public Correction {
			issues = List.copyOf(issues);
		}

		@Override
		public NoticeKind kind() {
			return NoticeKind.CORRECTION;
		}

	}

	/** 不予受理通知书. */
	public record Refusal(List<String> reasons) implements Details {

		public Refusal {
			reasons = List.copyOf(reasons);
		}

		@Override
		public NoticeKind kind() {
			return NoticeKind.REFUSAL;
		}

	}

	/** 办结通知书: the result is collected at this centre's window (统一窗口出件). */
	public record Completion(DecisionOutcome outcome, List<String> reasons) implements Details {

		public Completion {
			reasons = List.copyOf(reasons);
		}

		@Override
		public NoticeKind kind() {
			return NoticeKind.COMPLETION;
		}

	}

	/**
	 * 代办回执.
	 *
	 * @param agentName the proxy agent acting for the resident
	 * @param stillOwed materials the resident must still bring
	 */
	public record ProxyReceipt(String agentName, List<String> stillOwed) implements Details {

		public ProxyReceipt {
			stillOwed = List.copyOf(stillOwed);
		}

		@Override
		public NoticeKind kind() {
			return NoticeKind.PROXY_RECEIPT;
		}

	}

}
