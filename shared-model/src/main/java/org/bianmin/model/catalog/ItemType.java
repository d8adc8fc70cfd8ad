package org.bianmin.model.catalog;

/**
 * The kind of power or service an item is (事项类型), as in the catalogs of items handled on
 * application (依申请事项).
 */
public enum ItemType {

	/** 公共服务. */
	PUBLIC_SERVICE,

	/** 行政许可. */
	ADMINISTRATIVE_LICENSE,

	/** 行政给付: benefits and allowances paid to residents. */
	ADMINISTRATIVE_BENEFIT,

	/** 行政确认. */
	ADMINISTRATIVE_CONFIRMATION,

	/** 行政征收: fees or levies the resident pays. */
	ADMINISTRATIVE_PAYMENT,

	/** 行政奖励. */
	ADMINISTRATIVE_REWARD,

	/** 行政裁决. */
	ADMINISTRATIVE_RULING,

	/** 其他行政权力. */
	OTHER_ADMINISTRATIVE_POWER

}
