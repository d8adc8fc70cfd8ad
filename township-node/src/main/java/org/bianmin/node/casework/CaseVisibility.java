package org.bianmin.node.casework;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * Who may see a case at this node, for every screen that shows one (the case page, its
 * notices): a window clerk sees every case the node holds; a proxy agent sees the cases
 * they filed or act for, and at a village point every case of the village. Anyone else,
 * or anyone of another node, sees none. A case a user may not see is answered as "not
 * found".
 */
@Component
public class CaseVisibility {

	private final NodeIdentity node;

	public CaseVisibility(NodeIdentity node) {
		this.node = node;
	}

	public boolean mayView(Case current, StaffPrincipal user) {
		if (!user.nodeCode().equals(this.node.code().value())) {
			return false;
		}
		if (user.hasRole(Role.WINDOW_CLERK)) {
			return true;
		}
		if (user.hasRole(Role.PROXY_AGENT)) {
			String me = user.getUsername();
			StaffRef agent = current.filing().proxyAgent();
			boolean mine = current.filing().by().userId().equals(me) || (agent != null && agent.userId().equals(me));
			boolean ofThisVillage = this.node.isVillage() && current.filing().node().equals(this.node.code());
			return mine || ofThisVillage;
		}
		return false;
	}

}
