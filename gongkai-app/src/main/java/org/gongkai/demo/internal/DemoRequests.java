package org.gongkai.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.gongkai.agency.Officer;
import org.gongkai.core.code.ResidentIdNumber;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ConsultationKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.platform.GongkaiException;
import org.gongkai.request.Applicant;
import org.gongkai.request.NewRequest;
import org.gongkai.request.RequestCommand;
import org.gongkai.request.RequestService;

/**
 * Requests for information in the demo county: a year and a half of applications to the county
 * government and some departments and townships, most answered (with the mix of reply types a county
 * reports), some supplemented, extended or consulted on, and a few still open — overdue, due soon or
 * waiting — so the queues, the dashboard and the clock explanations have something real to show. All
 * names, numbers and addresses are invented (ID numbers are generated with a valid check character
 * but a made-up serial).
 */
final class DemoRequests {

    private static final String[] GIVEN = {"建国", "秀英", "海燕", "志强", "丽华", "伟", "芳", "军", "敏", "静", "磊", "洋",
            "红梅", "国强", "晓东", "春花"};
    private static final String[] SUBJECTS = {"{0}年度部门预算和决算", "{0}年老旧小区改造项目清单及资金安排",
            "{0}年农村道路建设项目的招标和验收资料", "{0}年城乡居民最低生活保障资金发放情况",
            "本人房屋所在地块的征收补偿方案及批准文件", "{0}年度重点建设项目的环境影响评价批复",
            "{0}年耕地占补平衡项目清单", "辖区内养老机构的备案及检查情况", "{0}年度政府集中采购目录及执行情况",
            "本村土地承包经营权流转的审批材料", "{0}年度行政事业性收费项目及标准", "县城供水管网改造工程的立项批复"};
    private static final ReplyType[] REPLY_MIX = {ReplyType.GRANTED, ReplyType.GRANTED, ReplyType.GRANTED,
            ReplyType.GRANTED, ReplyType.PARTIALLY_GRANTED, ReplyType.UNABLE_TO_PROVIDE, ReplyType.UNABLE_TO_PROVIDE,
            ReplyType.WITHHELD, ReplyType.NOT_PROCESSED, ReplyType.OTHER};

    private final RequestService requests;
    private final Random random;
    private int made;

    DemoRequests(RequestService requests, long seed) {
        this.requests = requests;
        this.random = new Random(seed);
    }

    /** Creates {@code perAgency}-ish requests for each officer's agency; returns how many were made. */
    int create(List<Officer> officers, LocalDate today, int perAgency) {
        for (Officer o : officers) {
            int n = 1 + random.nextInt(perAgency);
            for (int i = 0; i < n; i++) {
                // spread over the last 18 months; each agency's newest one (3–40 days old) is still open, so
                // the queue shows requests within time, due soon and overdue
                boolean open = i == 0;
                int daysAgo = open ? 3 + random.nextInt(38) : 30 + random.nextInt(520);
                one(o, today.minusDays(daysAgo), today, open);
            }
        }
        return made;
    }

    private void one(Officer o, LocalDate receivedOn, LocalDate today, boolean leaveOpen) {
        try {
            String no = requests.register(application(o, receivedOn), o).request().trackingNo();
            made++;
            LocalDate d = receivedOn;
            int shape = random.nextInt(10);
            if (shape == 0) {
                d = next(d, 3, today);
                act(no, o, cmd(RequestAction.REQUEST_SUPPLEMENT, d).withNote("请明确所需信息的时间范围和具体项目名称"));
                d = next(d, 4, today);
                act(no, o, cmd(RequestAction.SUPPLEMENT_RECEIVED, d));
            } else if (shape == 1) {
                d = next(d, 5, today);
                act(no, o, new RequestCommand(RequestAction.CONSULT_START, d, null, null, null, null, null, null,
                        ConsultationKind.THIRD_PARTY, "青山县某建筑工程有限公司", null, null, null));
                d = next(d, 8, today);
                act(no, o, cmd(RequestAction.CONSULT_END, d).withNote("第三方书面回复：同意公开"));
            } else if (shape == 2) {
                d = next(d, 15, today);
                act(no, o, new RequestCommand(RequestAction.EXTEND, d, 15, "办公室主任", "涉及多个股室，需调阅历年档案",
                        null, null, null, null, null, null, null, null));
            }
            d = next(d, 6 + random.nextInt(18), today);
            if (leaveOpen || d.isAfter(today.minusDays(3)) || requests.get(no, o).state().dueOn() == null) {
                return; // still open: due soon, overdue or waiting, as a real queue has
            }
            ReplyType type = REPLY_MIX[random.nextInt(REPLY_MIX.length)];
            List<ReplyGround> grounds = type.grounds();
            ReplyGround ground = grounds.isEmpty() ? null : grounds.get(random.nextInt(Math.min(3, grounds.size())));
            if (ground == ReplyGround.REPEATED || ground == ReplyGround.NO_SUPPLEMENT) {
                ground = grounds.get(0);
            }
            act(no, o, new RequestCommand(RequestAction.REPLY, d, null, null, null, type, ground, null, null, null, null,
                    null, null));
            LocalDate delivered = next(d, 2, today);
            act(no, o, cmd(RequestAction.DELIVERED, delivered).withNote("挂号信寄出"));
            if (delivered.isBefore(today.minusDays(30))) {
                act(no, o, cmd(RequestAction.CLOSE, next(delivered, 5, today)));
            }
        } catch (GongkaiException e) {
            // a generated step the rules refuse (e.g. a date past today) is simply left out of the demo
        }
    }

    private void act(String no, Officer o, Cmd c) {
        requests.act(no, c.command(), o);
    }

    private void act(String no, Officer o, RequestCommand c) {
        requests.act(no, c, o);
    }

    private static LocalDate next(LocalDate d, int days, LocalDate today) {
        LocalDate n = d.plusDays(days);
        return n.isAfter(today) ? today : n;
    }

    private static Cmd cmd(RequestAction type, LocalDate on) {
        return new Cmd(type, on, null);
    }

    /** A small builder for the demo's simple commands. */
    private record Cmd(RequestAction type, LocalDate on, String note) {
        Cmd withNote(String n) {
            return new Cmd(type, on, n);
        }

        RequestCommand command() {
            return new RequestCommand(type, on, null, null, null, null, null, null, null, null, null, note, null);
        }
    }

    private NewRequest application(Officer o, LocalDate receivedOn) {
        boolean person = random.nextInt(5) > 0;
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)]
                .replace("{0}", String.valueOf(receivedOn.getYear() - 1 - random.nextInt(2)));
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        Applicant applicant;
        if (person) {
            String name = Vocab.SURNAMES[random.nextInt(Vocab.SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            applicant = new Applicant(ApplicantType.NATURAL_PERSON, name, "ID_CARD", idNumber(), null, null, phone,
                    random.nextBoolean() ? "applicant" + random.nextInt(10_000) + "@example.org" : null,
                    "青山县城关镇" + (1 + random.nextInt(200)) + "号", "330900");
        } else {
            ApplicantType type = ApplicantType.values()[1 + random.nextInt(ApplicantType.values().length - 1)];
            String org = "青山县" + Vocab.BIZ_WORDS[random.nextInt(Vocab.BIZ_WORDS.length)]
                    + (type == ApplicantType.LEGAL_SERVICE_ORG ? "律师事务所" : type == ApplicantType.RESEARCH_INSTITUTION
                    ? "农业科学研究所" : type == ApplicantType.PUBLIC_INTEREST_ORG ? "公益服务中心" : "商贸有限公司");
            applicant = new Applicant(type, org, null, null, creditCode(), "联系人" + Vocab.SURNAMES[random.nextInt(16)],
                    phone, null, "青山县经济开发区" + (1 + random.nextInt(80)) + "号", "330900");
        }
        return new NewRequest(o.agencyCode(), channel, receivedOn, channel == Channel.ONLINE ? "演示数据：按确认日期登记" : null,
                applicant, subject, random.nextBoolean() ? "了解政策，维护自身合法权益" : null,
                random.nextBoolean() ? "ELECTRONIC" : "PAPER", random.nextBoolean() ? "POST" : "PICKUP");
    }

    /** An invented but well-formed 身份证号 (GB 11643): region 330900, a birth date, serial, check character. */
    private String idNumber() {
        LocalDate born = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String first17 = "330999" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private String creditCode() {
        String first17 = "91330900MA" + String.format("%07d", random.nextInt(10_000_000));
        return first17 + CreditCode.checkCharacter(first17);
    }
}
