namespace Rectify.UnitTests.Features.Documents.Parsing;

/// <summary>A small synthetic report: two aspects, problems numbered "1.", five measures.</summary>
internal static class SampleReport
{
    public const string Text = """
        中共某县商务局党组关于县委第一巡察组反馈意见整改情况的通报
        根据县委统一部署,2022年3月1日至4月30日,县委第一巡察组对县商务局党组进行了巡察。6月10日,县委第一巡察组向县商务局党组反馈了巡察意见。现将整改情况予以公布。
        一、整改工作组织情况
        局党组高度重视,将反馈意见细化为3个具体问题、制定5条整改措施。
        二、反馈问题整改落实情况
        (一)政治建设方面
        1.理论学习不深入的问题。
        整改情况:一是建立学习制度,坚持每月集中学习一次。二是开展专题研讨。
        2.制度执行不严格的问题。
        整改情况:完善制度并严格执行。
        (二)作风建设方面
        1.服务企业不主动的问题。
        整改情况:一是走访企业。二是建立联系制度。
        三、下步工作打算
        继续巩固整改成果。
        欢迎广大干部群众对巡察整改落实情况进行监督。联系电话:0000-1234567
        中共某县商务局党组
        2022年9月1日
        """;
}
