package org.gongkai.request;

import java.time.LocalDate;
import org.gongkai.core.request.Channel;

/**
 * An application as staff register it (paper, post, fax, email, in person, or an online one entered
 * by hand). {@code receivedOn} is the date of receipt under 第三十一条 for the channel; where it is not
 * the day of entry the officer says why in {@code receivedReason}.
 *
 * @param preferredForm 纸质 (PAPER), 电子 (ELECTRONIC), 查阅 (INSPECTION)
 * @param delivery      邮寄 (POST), 电子邮件 (EMAIL), 自行领取 (PICKUP), 网上 (ONLINE)
 */
public record NewRequest(String agency, Channel channel, LocalDate receivedOn, String receivedReason,
                         Applicant applicant, String description, String purpose, String preferredForm,
                         String delivery) {
}
