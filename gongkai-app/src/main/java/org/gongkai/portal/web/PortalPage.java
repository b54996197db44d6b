package org.gongkai.portal.web;

/**
 * Marks a controller whose pages are rendered with the portal layout: {@link PortalModelAdvice}
 * gives them the site's name and the 适老化 flag, and {@link PublicCaching} makes their successful
 * responses publicly cacheable. A marker, rather than a package scan, so the JSON API and the feeds
 * do not pay for model attributes they never render.
 */
interface PortalPage {
}
