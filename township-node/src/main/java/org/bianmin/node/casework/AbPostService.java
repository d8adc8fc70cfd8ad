package org.bianmin.node.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.persistence.AbPostRepository;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A/B posts (AB岗): a window clerk names another window clerk of this node as backup for a
 * stretch of days. While the post covers today, the backup acts on the clerk's cases as
 * standing in for them (see {@link CaseDeskService}).
 */
@Service
public class AbPostService {

	private final AbPostRepository posts;

	private final StaffAccountService staff;

	private final NodeIdentity node;

	private final Clock clock;

	public AbPostService(AbPostRepository posts, StaffAccountService staff, NodeIdentity node, Clock clock) {
		this.posts = posts;
		this.staff = staff;
		this.node = node;
		this.clock = clock;
	}

	/**
	 * Names a backup.
	 * @throws AbPostRefusedException if the backup is not another window clerk here or
	 * the dates are wrong
	 */
	@Transactional
	public AbPost name(StaffPrincipal clerk, String backupUsername, LocalDate from, @Nullable LocalDate until) {
		if (!clerk.hasRole(Role.WINDOW_CLERK)) {
			throw new AbPostRefusedException("casework.ab-post.error.not-a-clerk");
		}
		if (from.isBefore(today())) {
			throw new AbPostRefusedException("casework.ab-post.error.from-in-past");
		}
		if (until != null && until.isBefore(from)) {
			throw new AbPostRefusedException("casework.ab-post.error.until-before-from");
		}
		StaffPrincipal backup = backup(backupUsername.strip());
		if (backup.getUsername().equals(clerk.getUsername())) {
			throw new AbPostRefusedException("casework.ab-post.error.self");
		}
		AbPost post = new AbPost(UUID.randomUUID(), CaseworkStaff.ref(clerk), CaseworkStaff.ref(backup), from, until);
		this.posts.add(post, this.clock.instant());
		return post;
	}

	/** Ends one of the clerk's posts: the backup no longer covers them from today on. */
	@Transactional
	public void end(StaffPrincipal clerk, UUID postId) {
		boolean own = this.posts.namedBy(clerk.getUsername(), today())
			.stream()
			.anyMatch((post) -> post.id().equals(postId));
		if (own) {
			this.posts.end(postId, today().minusDays(1));
		}
	}

	/** The clerk's posts that have not ended. */
	@Transactional(readOnly = true)
	public List<AbPost> named(StaffPrincipal clerk) {
		return this.posts.namedBy(clerk.getUsername(), today());
	}

	/** The posts on which this user covers an absent clerk today. */
	@Transactional(readOnly = true)
	public List<AbPost> covering(StaffPrincipal user) {
		return this.posts.coveredBy(user.getUsername(), today()).stream().filter((p) -> p.covers(today())).toList();
	}

	private StaffPrincipal backup(String username) {
		try {
			StaffPrincipal backup = this.staff.loadUserByUsername(username);
			if (!backup.hasRole(Role.WINDOW_CLERK) || !backup.nodeCode().equals(this.node.code().value())
					|| !backup.isEnabled()) {
				throw new AbPostRefusedException("casework.ab-post.error.backup-not-a-clerk");
			}
			return backup;
		}
		catch (UsernameNotFoundException ex) {
			throw new AbPostRefusedException("casework.ab-post.error.backup-unknown");
		}
	}

	/** The county's today, the first day a post can start. */
	public LocalDate today() {
		return ServiceTime.today(this.clock);
	}

}
