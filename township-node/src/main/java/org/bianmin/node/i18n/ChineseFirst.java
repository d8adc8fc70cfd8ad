package org.bianmin.node.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every session starts in Chinese, whatever language the browser asks for: the centres
 * work in Chinese, and an office PC set up in English must not show the clerks an English
 * UI. Whoever prefers English switches in the header; the session keeps the choice, and
 * every UI of the session speaks the session's language, however it was created.
 */
@Component
class ChineseFirst implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addSessionInitListener((init) -> init.getSession().setLocale(TranslationProvider.LOCALES.getFirst()));
		event.getSource().addUIInitListener((init) -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
	}

}
