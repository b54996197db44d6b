/**
 * The public portal (政府信息公开 pages): what a citizen sees without signing in. It only reads, through
 * the public APIs of the agency, catalogue and search modules, and never shows anything that is not
 * published. Every page works without JavaScript, meets WCAG 2.1 AA with a large-font, high-contrast
 * 适老化 mode, prints cleanly and is cacheable (see {@code web.PublicCaching}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.gongkai.portal;
