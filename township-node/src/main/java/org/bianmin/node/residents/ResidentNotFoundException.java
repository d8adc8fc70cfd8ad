package org.bianmin.node.residents;

import java.util.UUID;

/**
 * No such resident in this node's register: unknown and another node's residents are
 * answered alike, so a typed URL never tells whether someone exists elsewhere.
 */
public class ResidentNotFoundException extends RuntimeException {

	public ResidentNotFoundException(UUID id) {
		super("resident not found: " + id);
	}

}
