package org.bianmin.node.casework;

/** An item that cases in the queue were filed for, to filter by. */
public record ItemChoice(String code, String name) {
}
