using Rectify.Features.Appeals;

namespace Rectify.Features.Demo;

/// <summary>
/// The demo appeals, one per line of the loop: 待受理, 已受理, 不予受理, 已交办 (临期, 超期, 难点会商), 申请转办, 已退回 (twice),
/// 已答复待审核, 待评价, 重办 (second round), 已办结 (rated, and 未评价). Their words follow situations the seed reports tell.
/// </summary>
public static class DemoAppealCases
{
    private const string Office = "张整改";

    public static IEnumerable<(NewAppeal Appeal, DemoAppealSteps Steps)> All(Guid office)
    {
        NewAppeal New(string enterprise, string? code, string contact, string phone, AppealChannel channel, AppealCategory category, string title, string text) =>
            new(enterprise, code, contact, phone, channel, category, title, text, office);

        // 001 item 13: arrears of the 军运会 works were raised into 立项督办; a second contractor's arrears joined the same problem.
        yield return (New("武汉磊鑫建设工程有限公司", "91420100MA4K3PQ7XF", "胡志刚", "13871256630", AppealChannel.Hotline12345, AppealCategory.OverduePayments,
            "军运会场馆配套道路工程款拖欠两年未结清",
            "我公司2019年承建军运会场馆配套道路工程，已通过竣工验收并完成审计，尚有工程款412万元至今未结清。多次找建设单位，均称资金未到位。公司目前拖欠农民工工资，恳请协调解决。"),
            new(30, (a, d) =>
            {
                a.Accept(d.At(29, Office));
                d.Assign(a, "whfg-invest", AppealTier.Difficult, 29);
                a.Reply("经协调区财政局和建设单位，已将欠款纳入政府性债务化解计划：首期200万元已于本月支付，余款212万元明确在下季度末前付清，并书面告知企业还款时间表。", d.At(20, "投资科"));
                a.ApproveReply(d.At(19, Office));
                a.RecordFollowUp("电话回访，企业确认首期款已到账，对还款安排表示认可。", d.At(18, Office));
                a.Rate(Rating.Satisfied, "首期款已到账，希望余款按时支付。", d.At(18, "企业评价"));
            }, RaisedAbout: "职能定位不准确"));
        yield return (New("武汉华诚市政园林有限公司", "91420113MA4KL2RT68", "杨丽华", "13986174425", AppealChannel.DirectLine, AppealCategory.OverduePayments,
            "区属平台公司拖欠绿化工程尾款",
            "我公司承接的开发区主干道绿化提升工程于去年6月验收合格，质保期已满，区属平台公司仍拖欠尾款86万元，以“等待上级拨款”为由一再推迟。"),
            new(9, (a, d) =>
            {
                a.Accept(d.At(8, Office));
                d.Assign(a, "whfg-invest", AppealTier.General, 7);
            }, RaisedAbout: "职能定位不准确"));
        // 001 item 33: a reply that only cited the rule was rated 不满意; reopened, the unit found the policies that do apply.
        yield return (New("武汉正泰建筑劳务有限公司", "91420100MA49C8D51P", "陈永福", "13707185562", AppealChannel.MessageBoard, AppealCategory.Financing,
            "建筑企业经营困难，能否申请纾困资金",
            "受疫情影响，我公司承接的项目停工近三个月，资金周转困难。想了解建筑业企业能否申请纾困资金或贷款贴息，应向哪个部门申报。"),
            new(16, (a, d) =>
            {
                a.Accept(d.At(15, Office));
                d.Assign(a, "whfg-env", AppealTier.General, 15);
                a.Reply("根据相关文件要求，建筑业企业不在纾困资金支持范围内。", d.At(13, "营商环境科"));
                a.ApproveReply(d.At(12, Office));
                a.Rate(Rating.Dissatisfied, "只说不符合条件，没有告诉我们还能找哪些政策。", d.At(11, "企业评价"));
                d.Assign(a, "whfg-env", AppealTier.General, 10);
                a.Reply("经梳理，我区已出台建筑业企业稳岗返还、工程款支付担保和“信易贷”等3项支持政策。已安排专人上门对接，指导企业申报稳岗返还18.6万元，并推荐至合作银行办理信用贷款。", d.At(4, "营商环境科"));
                a.ApproveReply(d.At(2, Office));
            }, RaisedAbout: "不愿为、不担当"));
        // 001 item 7: reward material had to be delivered in person.
        yield return (New("武汉安顺机动车检测服务有限公司", "91420113MA4KQ9TB3N", "刘建军", "18971064417", AppealChannel.Call, AppealCategory.ApprovalService,
            "“小进规”政策奖励申报材料只能现场送达",
            "申报“小进规”市级政策奖励时，要求所有资料加盖公章后由企业亲自送达，不能邮寄，也不能网上提交，企业往返一次需要半天。"),
            new(25, (a, d) =>
            {
                a.Accept(d.At(25, Office));
                d.Assign(a, "whfg-env", AppealTier.General, 24);
                a.Reply("已调整政策兑现资料报送方式，即日起可选择邮寄或由工作人员上门收取，申报系统同步开通网上提交。已电话告知企业，并上门收取了该企业的申报材料。", d.At(22, "营商环境科"));
                a.ApproveReply(d.At(22, Office));
                a.Rate(Rating.VerySatisfied, "工作人员上门收材料，很方便。", d.At(21, "企业评价"));
            }));
        // 001 item 23: a company missed the 纾困 application because nobody told it.
        yield return (New("武汉智控机器人科技有限公司", "91420100MA4KRN8E2B", "王思远", "15827391106", AppealChannel.PublicForm, AppealCategory.Financing,
            "错过纾困企业申报时间，能否补报",
            "我公司是科技型小微企业，不知道纾困企业申报政策，错过了上报时间。请问是否还有补报渠道，或者后续批次什么时候开始？"),
            new(0, (_, _) => { }));
        yield return (New("武汉汉南绿源新能源科技有限公司", "91420113MA4K7WXB04", "赵明", "13554088216", AppealChannel.MessageBoard, AppealCategory.FactorSupply,
            "产业园区新能源汽车充电桩少、布局不合理",
            "园区内近千名员工，公共充电桩只有8个，且集中在园区北门，员工充电排队严重，多次向城市留言板反映未见改善。"),
            new(2, (a, d) => a.Accept(d.At(1, Office))));
        yield return (New("武汉鸿运商贸有限公司", "92420113MA4KUH5P89", "孙丽", "13907112238", AppealChannel.Call, AppealCategory.Other,
            "门面租金纠纷，房东拒不退还押金",
            "我公司租用的沿街门面合同到期，房东以墙面损坏为由拒不退还押金3万元。"),
            new(6, (a, d) => a.Decline("属民事合同纠纷，不属营商环境诉求受理范围，已告知企业可申请人民调解或向人民法院起诉。", d.At(5, Office))));
        yield return (New("武汉鑫源精密模具有限公司", "91420100MA4KYD2C43", "黄国强", "13886052247", AppealChannel.Call, AppealCategory.PolicyInquiry,
            "复工复产时间安排和防疫物资申领渠道",
            "复工复产指南发布后，我们仍不清楚本企业能否复工、防疫物资向哪里申领，打了几个电话都没有找到负责的部门。"),
            new(20, (a, d) =>
            {
                a.Accept(d.At(20, Office));
                d.Assign(a, "whfg-env", AppealTier.General, 19);
                a.Reply("已电话告知企业复工备案流程和防疫物资申领点，并将区—街道—园区三级服务热线发送给企业。企业已于次日完成复工备案。", d.At(18, "营商环境科"));
                a.ApproveReply(d.At(17, Office));
                d.ExpireRating(a);
            }));
        // 001 item 35: four companies were told the application had closed; this one was passed between two offices.
        yield return (New("武汉博雅印务有限公司", "91420113MA4F0RJ670", "周敏", "13628663390", AppealChannel.PublicForm, AppealCategory.Financing,
            "咨询中小企业纾困贷款被告知申报已截止",
            "我公司4月初在留言板咨询中小企业纾困贷款，得到的答复是申报已截止，但同行企业说还可以申报。请核实并告知正确的申报渠道。"),
            new(8, (a, d) =>
            {
                a.Accept(d.At(8, Office));
                d.Assign(a, "whfg-env", AppealTier.General, 7);
                a.Return("纾困贷款由区金融工作局牵头办理，不属营商环境科职责。", d.At(6, "营商环境科"));
                d.Assign(a, "whfg-invest", AppealTier.General, 5);
                a.Return("投资科不负责贷款申报，建议交区金融工作局办理。", d.At(4, "投资科"));
            }));
        yield return (New("武汉联航汽车零部件有限公司", "91420100MA4KBM1N9X", "马俊", "18627115583", AppealChannel.MonitoringPoint, AppealCategory.LawEnforcement,
            "刹车片产品抽检标准不一，一月内被重复检查三次",
            "作为整车配套企业，我公司刹车片一个月内被不同部门抽检三次，所依据的检测标准不一致，影响正常供货。"),
            new(5, (a, d) =>
            {
                a.Accept(d.At(5, Office));
                d.Assign(a, "whfg-env", AppealTier.General, 4);
                a.Reply("已协调市场监管、交通运输部门统一按国家标准开展抽检，并纳入“综合查一次”清单，今后同一季度内不再重复检查。", d.At(1, "营商环境科"));
            }));

        // 东营: the demo staff accounts of 信用建设科 and 法规科 have something to do.
        yield return (New("东营市鑫达石油机械有限公司", "91370500MA3CFQ8L2W", "李海涛", "13905460217", AppealChannel.MonitoringPoint, AppealCategory.ApprovalService,
            "信用修复要求重复提交已提交过的材料",
            "我公司行政处罚已履行完毕，申请信用修复时被要求再次提交处罚决定书、缴款凭证等材料，而这些材料执法部门早已共享。"),
            new(8, (a, d) =>
            {
                a.Accept(d.At(8, Office));
                d.Assign(a, "fgw-credit", AppealTier.General, 6);
            }));
        yield return (New("东营华泰化工物流有限公司", "91370502MA3ELH6K0G", "高建华", "13561020983", AppealChannel.Hotline12345, AppealCategory.ApprovalService,
            "失信记录已履行完毕仍未移出名单",
            "我公司去年的失信记录已全部履行，按规定应在公示期满后移出，但“信用中国”网站至今仍可查到，影响参加招投标。"),
            new(6, (a, d) =>
            {
                a.Accept(d.At(6, Office));
                d.Assign(a, "fgw-credit", AppealTier.General, 5);
                a.Reply("经核实，该记录公示期已满，已于今日报送省信用平台撤下，并出具信用修复证明，企业可凭证明参加招投标。", d.At(2, "陈信用"));
            }));
        yield return (New("东营市利民农业科技有限公司", "91370521MA3N2T9P50", "张玉兰", "15954621108", AppealChannel.Visit, AppealCategory.PolicyInquiry,
            "惠企政策兑现须逐项到不同科室盖章",
            "申报农业产业化奖补资金，需要到委内三个科室分别盖章，企业来回跑了四次仍未办完。"),
            new(4, (a, d) =>
            {
                a.Accept(d.At(4, Office));
                d.Assign(a, "fgw-law", AppealTier.General, 3);
            }));
        yield return (New("东营市恒通物流有限公司", "91370502MA3F6K2T8E", "孟凡军", "13780766652", AppealChannel.Hotline12345, AppealCategory.EnterpriseFees,
            "港口堆存费收费标准未公示",
            "集装箱在港区堆存超过7天后按日加收费用，但收费标准未在港区公示，企业事先无从知晓，询问时也说不清依据。"),
            new(10, (a, d) =>
            {
                a.Accept(d.At(10, Office));
                d.Assign(a, "fgw-price", AppealTier.General, 9);
                a.Reply("已要求港区运营公司在营业场所和网站公示堆存费收费标准。", d.At(6, "价格管理科"));
                a.ApproveReply(d.At(5, Office));
                a.Rate(Rating.VeryDissatisfied, "只说公示，多收的费用怎么处理没有回答。", d.At(1, "企业评价"));
            }));
        yield return (New("东营宏远建材有限公司", "91370500MA3D7UXR1G", "王志强", "13854699021", AppealChannel.DirectLine, AppealCategory.LawEnforcement,
            "混凝土价格监测数据报送口径频繁变化",
            "近半年价格监测数据报送表格换了三次，口径不一致，企业每次都要重新整理历年数据。"),
            new(3, (a, d) =>
            {
                a.Accept(d.At(3, Office));
                d.Assign(a, "fgw-law", AppealTier.General, 2);
                a.RequestTransfer(d.UnitId("fgw-price"), "价格监测报送口径由价格管理科负责制定，建议转价格管理科办理。");
            }));

        // 遂宁: 政务服务科 (staff-zw) handles a 难点 appeal with a consultation, and two replies went out.
        yield return (New("遂宁市川中电子科技有限公司", "91510900MA62K8Q03K", "罗晓东", "13990810376", AppealChannel.PublicForm, AppealCategory.ApprovalService,
            "网上办事系统运行慢，电子证照无法下载",
            "在政务服务网办理高新技术企业认定相关事项时系统经常卡顿，已办结的电子证照一直无法下载，窗口让我们再跑一趟现场领取纸质证照。"),
            new(5, (a, d) =>
            {
                a.Accept(d.At(5, Office));
                d.Assign(a, "zwj-service", AppealTier.Difficult, 4);
                a.RecordConsultation(DateOnlyAgo(d, 2), "政务服务科牵头会商电子证照下载故障，明确排查分工和完成时间。",
                [
                    new ConsultationParticipant(d.UnitId("zwj-data"), "核对电子证照库数据同步情况，3个工作日内修复"),
                    new ConsultationParticipant(d.UnitId("zwj-it"), "排查系统卡顿原因，优化网上办事系统性能"),
                ]);
            }));
        yield return (New("遂宁天府食品有限公司", "91510903MA6AT5M74D", "何静", "18980560231", AppealChannel.Hotline12345, AppealCategory.ApprovalService,
            "食品经营许可延续办理超过承诺时限",
            "我公司食品经营许可延续申请已提交15个工作日，超过承诺的10个工作日仍未办结。"),
            new(18, (a, d) =>
            {
                a.Accept(d.At(18, Office));
                d.Assign(a, "zwj-service", AppealTier.General, 17);
                a.Reply("经查，系审核人员休假未及时转办所致。已于当日办结并邮寄许可证，对相关人员进行了批评教育，并建立办件到期前一日提醒机制。", d.At(15, "周政务"));
                a.ApproveReply(d.At(15, Office));
                a.Rate(Rating.Basic, "证已收到，希望以后按时办。", d.At(14, "企业评价"));
            }));
        yield return (New("遂宁市安居区顺达运输有限公司", "91510904MA62YH1B9Y", "唐勇", "13882509114", AppealChannel.Call, AppealCategory.ApprovalService,
            "道路运输证年审需往返多次",
            "道路运输证年审要先到窗口取表，再到检测站检测，最后回窗口盖章，一辆车要跑三趟。"),
            new(7, (a, d) =>
            {
                a.Accept(d.At(7, Office));
                d.Assign(a, "zwj-service", AppealTier.General, 6);
                a.Reply("已与交通运输局协调，将年审表格下载和检测结果上传并入网上办理，车辆检测后窗口一次盖章办结；已指导企业按新流程办理。", d.At(3, "周政务"));
                a.ApproveReply(d.At(1, Office));
            }));

        // 滨州 (004): 行政效能服务监测点 enterprises report through the office; a media report goes to the leading group.
        yield return (New("滨州市鲁北纺织有限公司", "91371600MA3MNP2K6X", "韩冬梅", "13954312207", AppealChannel.MonitoringPoint, AppealCategory.PolicyInquiry,
            "省里出台的支持政策在我市如何申报不清楚",
            "省里相继出台了支持民营企业发展的45条、42条等政策，但我市的实施细则和申报渠道不清楚，问了几个部门都说不归他们管。"),
            new(1, (_, _) => { }));
        yield return (New("滨州市博兴县金盛钢板有限公司", "91371625MA3F4W8D31", "刘春生", "13608926645", AppealChannel.Media, AppealCategory.Other,
            "企业反映个别窗口“门难进、脸难看”",
            "媒体报道：企业到窗口办理变更登记，工作人员态度生硬，材料一次未告知清楚，企业往返四次才办成。"),
            new(9, (a, d) =>
            {
                a.Accept(d.At(9, Office));
                d.Assign(a, "bz-supervise", AppealTier.Major, 8, days: 20);
            }));
    }

    private static DateOnly DateOnlyAgo(DemoAppeals d, int workingDays) => d.At(workingDays, Office).On;
}
