/**
 * 依申请公开: requests for information from intake to reply, on the statutory clock of the 条例
 * (gongkai-core {@code calendar.StatutoryClock}, {@code request.RequestLifecycle}). A request's state is
 * what its append-only events say; the row keeps a derived copy (status, due date) for queues and
 * statistics, refreshed after every event, after a holiday schedule changes, and daily.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests for information")
package org.gongkai.request;
