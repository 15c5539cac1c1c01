using Rectify.Platform.Text;

namespace Rectify.Features.Appeals;

/// <summary>One appeal as its reader may see it: the contact in full only for the office and the handling unit.</summary>
public sealed record AppealDetails(
    Guid Id, string EnterpriseName, string? CreditCode, string ContactName, string ContactPhone, bool ContactMasked,
    AppealChannel Channel, string ChannelLabel, AppealCategory Category, string CategoryLabel, string Title, string Text,
    AppealState State, string StateLabel, AppealTier? Tier, string? TierLabel, Guid OwnerUnitId, string OwnerUnit,
    Guid? UnitId, string? Unit, DateTimeOffset SubmittedAt, string SubmittedBy, DateOnly? AcceptedOn, string? DeclineReason,
    DateOnly? AssignedOn, int? TimeLimitWorkingDays, DateOnly? TimeLimit, bool TimeLimitUncertain, AppealLight Light, string LightLabel,
    int HandlingRound, string? ReturnReason, int ReturnCount, Guid? TransferToUnitId, string? TransferToUnit, string? TransferReason,
    string? TransferRefusedReason, string? ReplyText, DateOnly? RepliedOn, string? SendBackReason, DateOnly? ReplyApprovedOn,
    string? FollowUpNote, DateOnly? FollowUpOn, Rating? Rating, string? RatingLabel, string? RatingComment, DateOnly? ClosedOn,
    string? ExternalId, Guid? RaisedProblemId, IReadOnlyList<HandlingRow> Handlings, IReadOnlyList<ConsultationRow> Consultations,
    IReadOnlyList<SimilarAppealRow> SimilarOpen, IReadOnlyList<AttachmentRow> Attachments, RaisedProblem? RaisedProblem,
    AppealActions Actions, int Version);

/// <summary>A file of the appeal: what it came with, its name and size, who gave it and when.</summary>
public sealed record AttachmentRow(Guid Id, AttachmentPurpose Purpose, string PurposeLabel, string FileName, long Size, string UploadedBy, DateTimeOffset At);

public sealed record HandlingRow(int Sequence, int Round, string Unit, string Tier, DateOnly AssignedOn, DateOnly TimeLimit,
    bool TimeLimitUncertain, string Outcome, DateOnly? EndedOn, string? ReplyText, DateOnly? RepliedOn, bool OnTime, int SentBackCount,
    string? Rating);

public sealed record ConsultationRow(DateOnly HeldOn, string Summary, IReadOnlyList<ConsultationDutyRow> Participants);

public sealed record ConsultationDutyRow(string Unit, string Duty);

/// <summary>Another open appeal of the same enterprise (same credit code, or same name): a hint, not a block.</summary>
public sealed record SimilarAppealRow(Guid Id, string Title, string StateLabel, DateOnly SubmittedOn);

/// <summary>What the viewer may do now; the page shows these buttons and the entity still checks each.</summary>
public sealed record AppealActions(bool Accept, bool Assign, bool DecideTransfer, bool CheckReply, bool FollowUp, bool Consult,
    bool Return, bool Transfer, bool Reply, bool Raise);
