using System.Text.RegularExpressions;
using Rectify.Platform.Data;
using Rectify.Platform.Web;

namespace Rectify.Features.Appeals;

/// <summary>An enterprise's appeal (企业诉求) and its loop: the rules live here and in Appeal.Transitions.cs.</summary>
public sealed partial class Appeal : IVersioned
{
    private Appeal() { }

    public static Appeal Record(NewAppeal input, AppealMoment at)
    {
        if (string.IsNullOrWhiteSpace(input.EnterpriseName)) throw RuleViolation.Invalid(AppealErrors.EnterpriseRequired);
        string? code = null;
        if (!string.IsNullOrWhiteSpace(input.CreditCode))
            code = Appeals.CreditCode.Normalize(input.CreditCode) ?? throw RuleViolation.Invalid(AppealErrors.CreditCodeInvalid);
        if (string.IsNullOrWhiteSpace(input.ContactName)) throw RuleViolation.Invalid(AppealErrors.ContactNameRequired);
        if (!IsPhone(input.ContactPhone)) throw RuleViolation.Invalid(AppealErrors.ContactPhoneInvalid);
        if (string.IsNullOrWhiteSpace(input.Title)) throw RuleViolation.Invalid(AppealErrors.TitleRequired);
        if (string.IsNullOrWhiteSpace(input.Text)) throw RuleViolation.Invalid(AppealErrors.TextRequired);
        return new Appeal
        {
            Id = Guid.CreateVersion7(),
            EnterpriseName = input.EnterpriseName.Trim(),
            CreditCode = code,
            ContactName = input.ContactName.Trim(),
            ContactPhone = input.ContactPhone!.Trim(),
            Channel = input.Channel,
            Category = input.Category,
            Title = input.Title.Trim(),
            Text = input.Text.Trim(),
            OwnerUnitId = input.OwnerUnitId,
            State = AppealState.Submitted,
            SubmittedAt = at.At,
            SubmittedOn = at.On,
            SubmittedBy = at.By,
        };
    }

    public Guid Id { get; private set; }
    public string EnterpriseName { get; private set; } = "";
    /// <summary>统一社会信用代码, checked by its check character; null when the enterprise did not give it.</summary>
    public string? CreditCode { get; private set; }
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public AppealChannel Channel { get; private set; }
    public AppealCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    [TrigramSearch]
    public string Text { get; private set; } = "";
    /// <summary>The office's unit that runs this appeal (受理单位): its scope sees the appeal from intake on.</summary>
    public Guid OwnerUnitId { get; private set; }

    public AppealState State { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateOnly? AcceptedOn { get; private set; }
    public string? DeclineReason { get; private set; }

    public AppealTier? Tier { get; private set; }
    /// <summary>The unit handling it now (承办单位); kept after the reply for the ratings' statistics.</summary>
    public Guid? UnitId { get; private set; }
    public DateOnly? AssignedOn { get; private set; }
    public int? TimeLimitWorkingDays { get; private set; }
    public DateOnly? TimeLimit { get; private set; }
    /// <summary>The limit reaches into a year whose holidays are not yet published: shown as 待定.</summary>
    public bool TimeLimitUncertain { get; private set; }
    /// <summary>1 for the first handling; each 重办 adds one.</summary>
    public int HandlingRound { get; private set; }
    public List<AppealHandling> Handlings { get; private set; } = [];
    public List<AppealConsultation> Consultations { get; private set; } = [];

    /// <summary>Why the unit returned it as misrouted (已退回); cleared on the next assignment.</summary>
    public string? ReturnReason { get; private set; }
    public int ReturnCount { get; private set; }
    public Guid? TransferToUnitId { get; private set; }
    public string? TransferReason { get; private set; }
    public string? TransferRefusedReason { get; private set; }

    public string? ReplyText { get; private set; }
    public DateOnly? RepliedOn { get; private set; }
    /// <summary>Why the office sent the last reply back (退回重答); cleared by the next reply.</summary>
    public string? SendBackReason { get; private set; }
    /// <summary>The day the checked reply went out: the rating window counts from here.</summary>
    public DateOnly? ReplyApprovedOn { get; private set; }
    public string? FollowUpNote { get; private set; }
    public DateOnly? FollowUpOn { get; private set; }
    public Rating? Rating { get; private set; }
    public DateOnly? RatedOn { get; private set; }
    public string? RatingComment { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The calling system and its own id for an appeal posted over the API: a retry finds it again.</summary>
    public string? ExternalCaller { get; private set; }
    public string? ExternalId { get; private set; }
    /// <summary>SHA-256 of the public tracking code (查询码); the code itself is shown once and never stored.</summary>
    public string? TrackingCodeHash { get; private set; }
    /// <summary>The rectification problem this appeal was raised into (立项督办).</summary>
    public Guid? RaisedProblemId { get; private set; }
    public int Version { get; set; }

    public void IdentifyExternally(string caller, string externalId)
    {
        if (externalId.Length > 64) throw RuleViolation.Invalid(AppealErrors.ExternalIdTooLong);
        ExternalCaller = caller;
        ExternalId = externalId.Trim();
    }

    public void SetTrackingCodeHash(string hash) => TrackingCodeHash = hash;

    /// <summary>立项督办 is open to any appeal the office accepted or still weighs, not to one declined or already raised.</summary>
    public void EnsureRaisable()
    {
        if (State == AppealState.Declined) throw new RuleViolation(AppealErrors.RaiseNotDeclined);
        if (RaisedProblemId is not null) throw new RuleViolation(AppealErrors.AlreadyRaised);
    }

    public void MarkRaised(Guid problemId)
    {
        EnsureRaisable();
        RaisedProblemId = problemId;
    }

    public AppealHandling? CurrentHandling => Handlings.Where(h => h.EndedOn is null).MaxBy(h => h.Sequence);

    /// <summary>7 to 20 digits, "-" allowed inside: a mobile, a landline with its area code, an extension.</summary>
    public static bool IsPhone(string? phone) => PhonePattern().IsMatch(phone?.Trim() ?? "");

    [GeneratedRegex(@"^[0-9][0-9\-]{5,18}[0-9]$")]
    private static partial Regex PhonePattern();
}

public sealed record NewAppeal(
    string EnterpriseName, string? CreditCode, string ContactName, string? ContactPhone,
    AppealChannel Channel, AppealCategory Category, string Title, string Text, Guid OwnerUnitId);

/// <summary>When and by whom a step was taken: the instant, its date in China, the person's name.</summary>
public sealed record AppealMoment(DateTimeOffset At, DateOnly On, string By);
