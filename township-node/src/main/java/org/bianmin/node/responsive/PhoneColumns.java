package org.bianmin.node.responsive;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a grid that only show on a wide screen. Below {@value #PHONE_WIDTH}
 * pixels only the columns that tell the rows apart stay, so a phone shows them without
 * scrolling the grid sideways; the rest is one tap away on the row's own page.
 */
public final class PhoneColumns {

	/** Narrower than this, a window counts as a phone. */
	public static final int PHONE_WIDTH = 600;

	private final List<Grid.Column<?>> wideOnly = new ArrayList<>();

	private @Nullable Registration resizing;

	/**
	 * Follows the window width of the UI the component is attached to, from attach to
	 * detach.
	 * @param component the view or grid whose columns these are
	 */
	public PhoneColumns(Component component) {
		component.addAttachListener((attach) -> {
			Page page = attach.getUI().getPage();
			page.retrieveExtendedClientDetails((details) -> fit(details.getWindowInnerWidth()));
			this.resizing = page.addBrowserWindowResizeListener((resize) -> fit(resize.getWidth()));
		});
		component.addDetachListener((detach) -> {
			if (this.resizing != null) {
				this.resizing.remove();
				this.resizing = null;
			}
		});
	}

	/** Marks a column as shown on wide screens only; returns it for further setup. */
	public <T> Grid.Column<T> wideOnly(Grid.Column<T> column) {
		this.wideOnly.add(column);
		return column;
	}

	private void fit(int windowWidth) {
		// a width not (yet) known counts as wide: every column shows
		boolean wide = windowWidth <= 0 || windowWidth >= PHONE_WIDTH;
		this.wideOnly.forEach((column) -> column.setVisible(wide));
	}

}
