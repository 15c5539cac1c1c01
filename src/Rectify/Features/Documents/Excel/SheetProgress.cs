using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Features.Documents.Excel;

/// <summary>
/// What a sheet's progress and status columns (整改进展, 完成情况; in offices' sheets also 进展情况) say of a measure:
/// the text, a percent where one is written (80%), and whether it is reported done (已完成, 已整改, 已办结, or the
/// export's 已完成/待审核). A done report becomes 100% and waits for its evidence and review: it is never closed here.
/// </summary>
public sealed partial record SheetProgress(string Text, int Percent, bool Done)
{
    public static SheetProgress? Read(string progress, string status)
    {
        // The export writes the status's warnings on a second line: 推进中\n（超期）.
        var state = status.Split('\n')[0].Trim();
        var done = IsDone(state) || (state.Length == 0 && IsDone(progress));
        var text = progress.Length > 0 ? progress : state is "未启动" or "" ? "" : state;
        if (text.Length == 0) return null;
        var percent = done ? 100 : PercentIn(progress) ?? PercentIn(status) ?? 0;
        return new SheetProgress(text.Length > 4000 ? text[..4000] : text, percent, done);
    }

    private static bool IsDone(string text) => DoneWords().IsMatch(Regex.Replace(text, @"\s", ""));

    private static int? PercentIn(string text) =>
        PercentSign().Match(text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100
            ? n : null;

    [GeneratedRegex(@"^(已完成|已完成整改|已整改|已整改完成|整改完成|已办结|已销号|完成|待审核|已整改到位)[。.]?$")]
    private static partial Regex DoneWords();

    [GeneratedRegex(@"(?<n>\d{1,3})(\.\d+)?\s*[%％]")]
    private static partial Regex PercentSign();
}
