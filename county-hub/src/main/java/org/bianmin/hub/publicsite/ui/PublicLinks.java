package org.bianmin.hub.publicsite.ui;

import java.net.URI;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.bianmin.hub.publicsite.PublicSiteSettings;
import org.bianmin.model.catalog.ItemCode;

import org.springframework.stereotype.Component;

/**
 * Absolute links to the public pages, for QR codes: from
 * {@code bianmin.public-site.base-url} when it is set, else from the address the current
 * page was opened at.
 */
@Component
class PublicLinks {

	private final PublicSiteSettings settings;

	PublicLinks(PublicSiteSettings settings) {
		this.settings = settings;
	}

	URI guide(ItemCode code) {
		return base().resolve(GuideNavigation.pathOf(code));
	}

	URI base() {
		URI configured = this.settings.baseUrl();
		if (configured != null) {
			String text = configured.toString();
			return URI.create(text.endsWith("/") ? text : text + "/");
		}
		VaadinServletRequest current = VaadinServletRequest.getCurrent();
		if (current == null) {
			throw new IllegalStateException("No request to take the address from; set bianmin.public-site.base-url");
		}
		HttpServletRequest request = current.getHttpServletRequest();
		boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
				|| ("https".equals(request.getScheme()) && request.getServerPort() == 443);
		return URI.create(request.getScheme() + "://" + request.getServerName()
				+ (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath() + "/");
	}

}
