using Rectify.Features.Rounds.Warnings;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Rounds;

/// <summary>One inspection of one body and its feedback; the root of its sections, problems and measures.</summary>
public sealed class Round : IVersioned
{
    private Round() { }

    public Round(RoundDetailsInput details, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        CreatedAt = createdAt;
        Update(details);
    }

    public Guid Id { get; private set; }
    public RoundKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? CampaignName { get; private set; }
    public string? Topic { get; private set; }
    public string InspectingBody { get; private set; } = "";
    public Guid InspectedUnitId { get; private set; }
    public DateOnly? StayStart { get; private set; }
    public DateOnly? StayEnd { get; private set; }
    public DateOnly? FeedbackDate { get; private set; }
    public DateOnly? PublishedDate { get; private set; }
    public string? Issuer { get; private set; }
    public string? FirstResponsible { get; private set; }
    public string? OrganisationText { get; set; }
    public string? NextStepsText { get; set; }
    public string? ContactText { get; set; }
    /// <summary>What the parser warned about when the round came from a report, one line each ("第5行:报告称…").</summary>
    public string? ImportNotes { get; set; }
    /// <summary>Points by which a measure may trail its scheduled progress before it is lagging.</summary>
    public int LaggingMargin { get; private set; } = 20;
    /// <summary>Working days before a time limit at which a measure is due soon.</summary>
    public int DueSoonDays { get; private set; } = 5;
    /// <summary>Months within which a long-term measure must report progress again (a quarter unless set).</summary>
    public int ProgressPeriodMonths { get; private set; } = DefaultProgressPeriodMonths;
    public const int DefaultProgressPeriodMonths = 3;
    /// <summary>Months after a measure's close-out at which it is looked back on (回头看).</summary>
    public int LookBackMonths { get; private set; } = 6;
    /// <summary>A close-out request comes with at least one evidence file (佐证材料) unless the office waives it for the round.</summary>
    public bool CloseOutEvidenceOptional { get; private set; }
    /// <summary>SHA-256 (hex) of the report text or sheet file the round was imported from: the same source is not imported twice unnoticed.</summary>
    public string? SourceHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Version { get; set; }

    public const int SourceHashLength = 64;

    public void ImportedFrom(string? sourceHash)
    {
        if (sourceHash is not null && sourceHash.Length != SourceHashLength) throw new ArgumentException("SHA-256 in hex expected", nameof(sourceHash));
        SourceHash = sourceHash;
    }

    public void Update(RoundDetailsInput details)
    {
        if (details.StayStart is { } s && details.StayEnd is { } e && e < s) throw RuleViolation.Invalid(RoundsErrors.StayEndsBeforeStart);
        if (details.StayStart is { } s2 && details.FeedbackDate is { } f && f < s2) throw RuleViolation.Invalid(RoundsErrors.FeedbackBeforeStay);
        Kind = details.Kind;
        Title = details.Title.Trim();
        CampaignName = Clean(details.CampaignName);
        Topic = Clean(details.Topic);
        InspectingBody = details.InspectingBody.Trim();
        InspectedUnitId = details.InspectedUnitId;
        StayStart = details.StayStart;
        StayEnd = details.StayEnd;
        FeedbackDate = details.FeedbackDate;
        PublishedDate = details.PublishedDate;
        Issuer = Clean(details.Issuer);
        FirstResponsible = Clean(details.FirstResponsible);
    }

    /// <summary>预警设置, checked by the action against the input's ranges.</summary>
    public void SetWarningSettings(WarningSettingsInput settings)
    {
        DueSoonDays = settings.DueSoonDays;
        LaggingMargin = settings.LaggingMargin;
        ProgressPeriodMonths = settings.ProgressPeriodMonths;
        LookBackMonths = settings.LookBackMonths;
        CloseOutEvidenceOptional = settings.CloseOutEvidenceOptional;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
