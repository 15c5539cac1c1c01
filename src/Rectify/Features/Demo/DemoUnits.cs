namespace Rectify.Features.Demo;

/// <summary>The demo unit tree: the inspected bodies of the seed reports and their departments.</summary>
public static class DemoUnits
{
    public sealed record Spec(string Key, string? Parent, string Name, string ShortName, string Aliases = "", string? Leader = null);

    public static readonly Spec[] All =
    [
        new("root", null, "演示市委巡察工作领导小组办公室（整改督办）", "市整改办"),
        new("xcb", "root", "市委巡察工作领导小组办公室", "市委巡察办"),
        new("fgw", "root", "东营市发展和改革委员会", "市发展改革委", "我委、市发改委、市发展改革委党组", "王建国"),
        new("fgw-office", "fgw", "办公室", "委办公室"),
        new("fgw-law", "fgw", "法规科", "法规科"),
        new("fgw-industry", "fgw", "产业发展科", "产业发展科"),
        new("fgw-invest", "fgw", "投资科", "投资科"),
        new("fgw-price", "fgw", "价格管理科", "价格管理科"),
        new("fgw-credit", "fgw", "信用建设科", "信用建设科"),
        new("fgw-energy", "fgw", "能源科", "能源科"),
        new("zwj", "root", "遂宁市政务服务和大数据管理局", "市政务服务和大数据局", "市政务服务和大数据管理局党组", "孙立新"),
        new("zwj-office", "zwj", "办公室", "局办公室"),
        new("zwj-service", "zwj", "政务服务科", "政务服务科"),
        new("zwj-data", "zwj", "数据资源科", "数据资源科"),
        new("zwj-it", "zwj", "信息化建设科", "信息化建设科"),
        new("zwj-finance", "zwj", "财务科", "财务科"),
        new("bz", "root", "滨州市营商环境建设监督局", "市营商环境建设监督局"),
        new("bz-office", "bz", "综合科", "综合科"),
        new("bz-supervise", "bz", "督查科", "督查科"),
        new("whfg", "root", "武汉经开区发展和改革局", "区发改局"),
        new("whfg-office", "whfg", "办公室", "局办公室"),
        new("whfg-env", "whfg", "营商环境科", "营商环境科"),
        new("whfg-invest", "whfg", "投资科", "投资科"),
        new("fjbgt", "root", "福建省人民政府办公厅", "省政府办公厅", "办公厅党组、省政府办公厅党组"),
        new("fjbgt-secretary", "fjbgt", "秘书处", "秘书处"),
        new("fjbgt-supervise", "fjbgt", "督查室", "督查室"),
        new("fjbgt-bj", "fjbgt", "驻北京办事处", "驻北京办", "驻北京办党组"),
        new("fjbgt-sh", "fjbgt", "驻上海办事处", "驻上海办", "驻上海办党组"),
        new("fjbgt-gz", "fjbgt", "驻广州办事处", "驻广州办", "驻广州办党组"),
        new("fjbgt-sz", "fjbgt", "驻深圳办事处", "驻深圳办", "驻深圳办党组"),
    ];

    /// <summary>
    /// Which unit each seed report is about, oldest first: the self-examination speech (004) is loaded first so it is
    /// never the newest round a newcomer meets.
    /// </summary>
    public static readonly (string SeedPrefix, string UnitKey)[] Rounds =
    [
        ("004_", "bz"),
        ("002_", "fgw"),
        ("003_", "zwj"),
        ("000_", "fjbgt"),
        ("001_", "whfg"),
    ];

    /// <summary>The staff account's department gets a long-term measure that reached stage results (阶段性成效).</summary>
    public static readonly (string RoundUnitKey, string UnitKey) LongTermUnit = ("fgw", "fgw-law");

    /// <summary>The unit of staff-zw (政务服务科): its round gives it a measure coming due and one returned, so 我的待办 is not empty.</summary>
    public static readonly (string RoundUnitKey, string UnitKey) BusyUnit = ("zwj", "zwj-service");
}
