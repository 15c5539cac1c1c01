using System.Security.Claims;
using Rectify.Features.Documents.Excel;

namespace Rectify.Features.Documents.Jobs;

public enum SheetImportState { Queued, Running, Succeeded, Failed }

/// <summary>
/// One import run in the background: the uploaded bytes and the work to do with them, who started it, and where it
/// has got to. Only the starter may read it; the result or the refusal stays until the job expires.
/// </summary>
public sealed class SheetImportJob(Guid userId, ClaimsPrincipal user, byte[] xlsx, SheetImportWork work, DateTimeOffset queuedAt)
{
    public Guid Id { get; } = Guid.CreateVersion7();
    public Guid UserId { get; } = userId;
    public ClaimsPrincipal User { get; } = user;
    public byte[] Xlsx { get; private set; } = xlsx;
    public SheetImportWork Work { get; } = work;
    public DateTimeOffset QueuedAt { get; } = queuedAt;
    public ImportProgress Progress { get; } = new();
    public SheetImportState State { get; private set; } = SheetImportState.Queued;
    public object? Result { get; private set; }
    public string? Message { get; private set; }
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];
    public DateTimeOffset? FinishedAt { get; private set; }

    public void Start() => State = SheetImportState.Running;

    public void Succeed(object result, DateTimeOffset at) => Finish(SheetImportState.Succeeded, result, null, [], at);

    public void Fail(string message, IReadOnlyList<ImportError> errors, DateTimeOffset at) => Finish(SheetImportState.Failed, null, message, errors, at);

    public SheetImportStatus Status()
    {
        var step = Progress.Current;
        return new SheetImportStatus(Id, State, step.Phase, step.Done, step.Total, Result, Message, Errors);
    }

    private void Finish(SheetImportState state, object? result, string? message, IReadOnlyList<ImportError> errors, DateTimeOffset at)
    {
        (Result, Message, Errors, FinishedAt) = (result, message, errors, at);
        Xlsx = [];
        State = state;
    }
}

/// <summary>The import itself, run in the job's own scope as its starter: the sheet in, the result to report out.</summary>
public delegate Task<object> SheetImportWork(IServiceProvider services, Stream xlsx, ImportProgress progress, CancellationToken ct);

/// <summary>A job as its status resource shows it: state, phase (读取表格 / 校验第N行 / 写入), rows done of all, then result or errors.</summary>
public sealed record SheetImportStatus(
    Guid Id, SheetImportState State, string Phase, int Done, int Total, object? Result, string? Message, IReadOnlyList<ImportError> Errors);

/// <summary>A new round's import result: where it is.</summary>
public sealed record NewRoundResult(Guid RoundId);
