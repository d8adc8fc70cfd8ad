package org.bianmin.node.filing.persistence;

import java.util.List;

import org.bianmin.model.node.NodeCode;
import org.bianmin.node.filing.FiledCase;

/** The cases filed at this node by one member of staff, newest first. */
public interface FiledCaseQuery {

	List<FiledCase> filedBy(String userId, NodeCode node, int offset, int limit);

	int countFiledBy(String userId, NodeCode node);

}
