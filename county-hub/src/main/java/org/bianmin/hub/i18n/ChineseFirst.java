package org.bianmin.hub.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Every session starts in Chinese, whatever language the browser asks for: the screens,
 * the notices and the staff's work are Chinese, and an office PC set up in English must
 * not change that. The language switch in the header changes it for the session.
 */
@Component
class ChineseFirst implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource()
			.addSessionInitListener((sessionInit) -> sessionInit.getSession().setLocale(TranslationProvider.CHINESE));
	}

}
