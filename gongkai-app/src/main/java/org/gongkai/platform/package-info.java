/**
 * Cross-cutting pieces every module may use: the exceptions that carry a user-facing message key,
 * the error handling that turns them into pages or JSON, and the clock. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongkai.platform;
