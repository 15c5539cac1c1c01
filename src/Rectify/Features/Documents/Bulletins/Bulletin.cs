using Rectify.Features.Rounds;

namespace Rectify.Features.Documents.Bulletins;

/// <summary>The roles a bulletin's paragraphs play; each writer gives them the fonts of GB/T 9704.</summary>
public enum BulletinStyle
{
    /// <summary>The title: 2号 方正小标宋简体, centred.</summary>
    Title,
    /// <summary>"一、…": 3号 黑体.</summary>
    Heading1,
    /// <summary>"(一)…": 3号 楷体_GB2312.</summary>
    Heading2,
    /// <summary>"1." and deeper section headings, and problems: 3号 仿宋_GB2312, bold.</summary>
    Heading3,
    /// <summary>Body text: 3号 仿宋_GB2312, first line indented two characters.</summary>
    Body,
    /// <summary>The issuing body under the text, and the date under it.</summary>
    Signature,
    Date,
}

/// <summary>A paragraph; <paramref name="Key"/> names one the office may rewrite (<see cref="BulletinKeys"/>).</summary>
public sealed record BulletinParagraph(BulletinStyle Style, string Text, string? Key = null);

/// <summary>Something in a bulletin that still disagrees with the ledger, or was left out because it did.</summary>
public sealed record BulletinCheck(string Where, string Message);

/// <summary>A progress bulletin (关于巡察整改进展情况的通报), composed and ready for any writer.</summary>
public sealed record Bulletin(string Title, IReadOnlyList<BulletinParagraph> Paragraphs, DateOnly Date)
{
    /// <summary>What the preview lists before download: stated figures and measures whose text and state differ.</summary>
    public IReadOnlyList<BulletinCheck> Checks { get; init; } = [];

    public string FileName(string extension) => $"{Title}-{Date.Year}年{Date.Month}月{Date.Day}日.{extension}";
}

/// <summary>What a bulletin is written from: the round, its outline and every measure's latest progress.</summary>
public sealed record BulletinSource(
    RoundKind Kind,
    string InspectingBody,
    string InspectedUnit,
    string? Issuer,
    DateOnly? StayStart,
    DateOnly? StayEnd,
    DateOnly? FeedbackDate,
    string? OrganisationText,
    string? NextStepsText,
    string? ContactText,
    IReadOnlyList<BulletinSection> Sections,
    IReadOnlyList<BulletinProblem> Problems)
{
    /// <summary>Paragraphs the office rewrote, by <see cref="BulletinKeys"/>: printed as written.</summary>
    public IReadOnlyDictionary<string, string> Edits { get; init; } = new Dictionary<string, string>();
}

public sealed record BulletinSection(string Title, IReadOnlyList<BulletinSection> Sections, IReadOnlyList<BulletinProblem> Problems);

public sealed record BulletinProblem(string Title, string? Feedback, IReadOnlyList<BulletinMeasure> Measures, Guid Id = default);

/// <summary>A measure as it stood on the bulletin's date: its status then and its latest progress by then.</summary>
public sealed record BulletinMeasure(string Text, MeasureKind Kind, MeasureStatus Status, int Percent, string? Progress);

/// <summary>The paragraphs an office may rewrite before issuing: the opening, and each problem's 整改情况.</summary>
public static class BulletinKeys
{
    public const string Opening = "opening";

    public static string Problem(Guid id) => "problem:" + id.ToString("N");

    public static bool IsValid(string key) =>
        key == Opening || key.StartsWith("problem:", StringComparison.Ordinal) && Guid.TryParseExact(key[8..], "N", out _);
}
