namespace Rectify.Features.Rounds;

public enum MeasureKind
{
    /// <summary>立行立改</summary>
    Immediate,
    /// <summary>限期整改</summary>
    Dated,
    /// <summary>长期坚持: no end date, judged by stage results.</summary>
    LongTerm,
}

public static class MeasureKindNames
{
    public static string Label(this MeasureKind kind) => kind switch
    {
        MeasureKind.Immediate => "立行立改",
        MeasureKind.Dated => "限期整改",
        MeasureKind.LongTerm => "长期坚持",
        _ => kind.ToString(),
    };
}
