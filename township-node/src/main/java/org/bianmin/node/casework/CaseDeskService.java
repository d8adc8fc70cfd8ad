package org.bianmin.node.casework;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.node.attachments.Attachment;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentTooLargeException;
import org.bianmin.node.casework.persistence.CaseRepository;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The case page's service: opens a case for the signed-in user and carries out what they
 * do on it, as the right {@link Actor}.
 *
 * <p>
 * Who sees what: a window clerk sees every case this node holds (a township's cases are
 * the township's, whoever filed them); a proxy agent sees only the cases they filed;
 * nobody else sees cases here. A case the user may not see is answered exactly like a
 * case that does not exist ({@link CaseNotFoundException}).
 *
 * <p>
 * A/B post: a clerk acts as standing in for an absent clerk when a post names them backup
 * of that clerk today and the case is that clerk's: the clerk who accepted it, or, before
 * acceptance, the one who filed it. The timeline then names both.
 */
@Service
public class CaseDeskService {

	private final CaseCommandService commands;

	private final CaseRepository cases;

	private final AbPostService posts;

	private final TimeLimitClock timeLimitClock;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final CaseVisibility visibility;

	private final AttachmentService attachments;

	private final NodeIdentity node;

	public CaseDeskService(CaseCommandService commands, CaseRepository cases, AbPostService posts,
			TimeLimitClock timeLimitClock, WorkingCalendar calendar, Clock clock, CaseVisibility visibility,
			AttachmentService attachments, NodeIdentity node) {
		this.attachments = attachments;
		this.node = node;
		this.visibility = visibility;
		this.calendar = calendar;
		this.commands = commands;
		this.cases = cases;
		this.posts = posts;
		this.timeLimitClock = timeLimitClock;
		this.clock = clock;
	}

	/**
	 * The case with its timeline and time limits.
	 * @throws CaseNotFoundException if there is no such case or the user may not see it
	 */
	@Transactional(readOnly = true)
	public CaseFile open(CaseId id, StaffPrincipal user) {
		Case current = visible(id, user);
		LocalDate today = ServiceTime.today(this.clock);
		return new CaseFile(current, this.cases.events(id), current.timeLimits(this.timeLimitClock, today).orElse(null),
				today, standingInFor(current, user), user.hasRole(Role.WINDOW_CLERK),
				(current.status() == CaseStatus.SUBMITTED)
						? this.calendar.plusWorkingDays(today, current.item().promisedLimitDays()) : null);
	}

	/**
	 * Carries out a window clerk's command on a case.
	 * @return the events made, or the domain's refusal
	 * @throws CaseNotFoundException if there is no such case or the user may not see it
	 */
	@Transactional
	public CommandResult act(CaseId id, CaseCommand command, StaffPrincipal user) {
		Case current = visible(id, user);
		if (!user.hasRole(Role.WINDOW_CLERK)) {
			throw new CaseNotFoundException(id);
		}
		Actor actor = new Actor(CaseworkStaff.ref(user), Role.WINDOW_CLERK, standingInFor(current, user));
		return this.commands.handle(id, command, actor);
	}

	/**
	 * Attaches a scan or photo of a material (docs/sync-protocol.md section 9): the file
	 * is stored content-addressed and the MATERIAL_SCANNED event recorded in one
	 * transaction; the file goes to the hub before the event does.
	 * @return the event made, or the domain's refusal (not the owner, a finished case,
	 * not an image or PDF)
	 * @throws CaseNotFoundException if there is no such case or the user may not see it
	 * @throws AttachmentTooLargeException beyond {@link AttachmentService#MAX_SIZE}
	 */
	@Transactional
	public CommandResult attachScan(CaseId id, String material, InputStream content, String mediaType, String fileName,
			StaffPrincipal user) {
		Case current = visible(id, user);
		if (!mayAttachScan(current, user)) {
			throw new CaseNotFoundException(id);
		}
		Attachment stored = this.attachments.store(content, mediaType, fileName);
		Role role = user.hasRole(Role.WINDOW_CLERK) ? Role.WINDOW_CLERK : Role.PROXY_AGENT;
		Actor actor = new Actor(CaseworkStaff.ref(user), role,
				(role == Role.WINDOW_CLERK) ? standingInFor(current, user) : null);
		CommandResult result = this.commands.handle(id,
				new CaseCommand.AttachScan(material, stored.sha256(), mediaType, stored.size(), fileName), actor);
		if (result instanceof CommandResult.Denied) {
			// nothing to upload for a refused scan (the file itself stays harmless on
			// disk)
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		}
		return result;
	}

	/**
	 * Whether the user may attach scans to the case here now: desk staff of the node that
	 * owns it, while it is worked on.
	 */
	public boolean mayAttachScan(Case current, StaffPrincipal user) {
		boolean deskStaff = user.hasRole(Role.WINDOW_CLERK) || user.hasRole(Role.PROXY_AGENT);
		return deskStaff && current.isOwnedBy(this.node.code()) && !current.status().isFinished()
				&& this.visibility.mayView(current, user);
	}

	/**
	 * The bytes of a scan of a case the user may see, fetched from the hub first if this
	 * node does not hold them yet.
	 * @throws CaseNotFoundException if the case does not name that scan or the user may
	 * not see it
	 * @throws org.bianmin.node.attachments.AttachmentUnavailableException if it cannot be
	 * fetched now
	 */
	public InputStream openScan(CaseId id, String sha256, StaffPrincipal user) {
		visible(id, user);
		boolean named = this.cases.events(id)
			.stream()
			.anyMatch((event) -> event.change() instanceof CaseChange.MaterialScanned scanned
					&& scanned.sha256().equals(sha256));
		if (!named) {
			throw new CaseNotFoundException(id);
		}
		return this.attachments.open(sha256);
	}

	/** Whether this node holds a scan's bytes (else they are fetched when opened). */
	public boolean holdsScan(String sha256) {
		return this.attachments.holds(sha256);
	}

	private Case visible(CaseId id, StaffPrincipal user) {
		Case current = this.cases.find(id).orElseThrow(() -> new CaseNotFoundException(id));
		if (!this.visibility.mayView(current, user)) {
			throw new CaseNotFoundException(id);
		}
		return current;
	}

	private @Nullable StaffRef standingInFor(Case current, StaffPrincipal user) {
		if (!user.hasRole(Role.WINDOW_CLERK)) {
			return null;
		}
		String responsible = (current.acceptance() != null) ? current.acceptance().by().userId()
				: current.filing().by().userId();
		if (responsible.equals(user.getUsername())) {
			return null;
		}
		return this.posts.covering(user)
			.stream()
			.filter((post) -> post.clerk().userId().equals(responsible))
			.map(AbPost::clerk)
			.findFirst()
			.orElse(null);
	}

}
