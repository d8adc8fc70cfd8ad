package org.bianmin.model.node;

/**
 * The level of a place in the county's service network. One township-node build runs as
 * {@link #TOWNSHIP} or {@link #VILLAGE} by configuration; the county hub is
 * {@link #COUNTY}.
 */
public enum NodeLevel {

	/** 村(社区)便民服务点: a village service point, where proxy agents file for residents. */
	VILLAGE,

	/** 乡镇便民服务中心: a township centre with the integrated window. */
	TOWNSHIP,

	/** 县政务服务中心: the county service centre, which runs the hub. */
	COUNTY

}
