package org.bianmin.node.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.bianmin.model.cases.CaseCommand;

/**
 * A small form for one action on a case. It turns what was typed into a command, or marks
 * its fields and gives nothing; it never calls a service, and it keeps what was typed
 * when the domain refuses the command.
 */
interface ActionForm {

	/** The command the fields make, or empty with the faulty fields marked. */
	Optional<CaseCommand> command();

	/** The form itself, to put in a dialog. */
	Component component();

}
