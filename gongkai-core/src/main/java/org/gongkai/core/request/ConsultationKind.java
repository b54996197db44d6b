package org.gongkai.core.request;

import org.gongkai.core.calendar.StatutoryClock;

/** Whom an agency consults; both pause the clock (条例 第三十三条第三款). */
public enum ConsultationKind {
    /** 第三十二条: a third party whose rights may be harmed (书面征求意见). */
    THIRD_PARTY(StatutoryClock.Pause.THIRD_PARTY_CONSULTATION),
    /** 第三十四条: another agency that co-produced the information. */
    AGENCY(StatutoryClock.Pause.AGENCY_CONSULTATION);

    private final StatutoryClock.Pause pause;

    ConsultationKind(StatutoryClock.Pause pause) {
        this.pause = pause;
    }

    public StatutoryClock.Pause pause() {
        return pause;
    }
}
