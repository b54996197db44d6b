package org.gongkai.catalog.internal;

import org.gongkai.catalog.ItemService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Items whose 有效期 has passed turn 已失效 by themselves: shortly after midnight and at start-up. */
@Component
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);
    private final ItemService items;

    ExpiryJob(ItemService items) {
        this.items = items;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    @EventListener(ApplicationReadyEvent.class)
    void run() {
        int n = items.expireDue();
        if (n > 0) {
            log.info("Marked {} item(s) as expired (有效期已届满)", n);
        }
    }
}
