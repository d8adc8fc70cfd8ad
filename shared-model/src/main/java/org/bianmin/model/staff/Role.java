package org.bianmin.model.staff;

/**
 * What a user may do. Roles limit both the screens a user sees and the cases in them: an
 * agent sees their village, a township clerk their township, county staff their
 * department or all.
 */
public enum Role {

	/**
	 * 代办员/帮办员: files and follows applications on behalf of residents (village or
	 * township).
	 */
	PROXY_AGENT,

	/** 一窗综合受理: the integrated window clerk who accepts, decides and delivers. */
	WINDOW_CLERK,

	/** 后台分类审批: a department reviewer who decides county items. */
	REVIEWER,

	/** 效能监管: watches time limits and ratings, closes follow-ups. */
	SUPERVISOR,

	/** 系统管理: catalog, nodes, users. */
	ADMIN

}
