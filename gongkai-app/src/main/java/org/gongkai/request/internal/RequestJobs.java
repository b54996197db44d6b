package org.gongkai.request.internal;

import org.gongkai.calendar.HolidayScheduleChanged;
import org.gongkai.request.RequestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the derived dates true: every night (a pause moves its request's due date each working day,
 * and periods lapse), at start (the machine may have been off), and after a holiday schedule changed
 * (deadlines crossing that year move and stop being provisional).
 */
@Component
class RequestJobs {

    private static final Logger log = LoggerFactory.getLogger(RequestJobs.class);
    private final RequestService requests;

    RequestJobs(RequestService requests) {
        this.requests = requests;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    public void nightly() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void atStart() {
        run();
    }

    @ApplicationModuleListener
    void on(HolidayScheduleChanged changed) {
        int n = requests.refreshOpen();
        log.info("Holiday schedule {} changed: re-derived {} open requests", changed.year(), n);
    }

    private void run() {
        try {
            int ended = requests.endLapsed();
            int refreshed = requests.refreshOpen();
            if (ended > 0 || refreshed > 0) {
                log.info("Requests: {} ended by lapse of a period, {} open re-derived", ended, refreshed);
            }
        } catch (RuntimeException e) {
            // a bad record must not keep the platform from starting; the next run tries again
            log.error("Request deadlines could not be re-derived", e);
        }
    }
}
