using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Features.Documents.Excel;
using Rectify.Platform.Data;
using Rectify.Platform.Security;

namespace Rectify.Features.Documents.Jobs;

public enum SheetImportState { Queued, Running, Succeeded, Failed }

public enum SheetImportKind { NewRound, IntoRound }

/// <summary>
/// An import of a ledger sheet run as a job: what was asked (the sheet, kept until it is read, and the request), by
/// whom, and how it ended. Kept in the database so that any instance may run it and a restart loses neither the job
/// nor its outcome; the import itself is one transaction, so a run cut short changes nothing and is run again.
/// The rows written by the import are audited; this record of the job is not.
/// </summary>
[Unaudited]
public sealed class SheetImport
{
    private SheetImport() { }

    public SheetImport(Guid userId, SheetImportKind kind, Guid? roundId, ImportLedgerSheetInput? input, ColumnMapping? mapping, byte[] xlsx, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Kind = kind;
        RoundId = roundId;
        Input = input is null ? null : JsonSerializer.Serialize(input, SheetImportJson.Options);
        Mapping = mapping is null ? null : JsonSerializer.Serialize(mapping, SheetImportJson.Options);
        Xlsx = xlsx;
        State = SheetImportState.Queued;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public SheetImportKind Kind { get; private set; }
    public Guid? RoundId { get; private set; }
    public string? Input { get; private set; }
    public string? Mapping { get; private set; }
    /// <summary>The uploaded sheet; emptied once the job has ended.</summary>
    public byte[]? Xlsx { get; private set; }
    public SheetImportState State { get; private set; }
    /// <summary>Where the import ended (phase, rows done of all): the running instance reports the live figures.</summary>
    public string? Phase { get; private set; }
    public int Done { get; private set; }
    public int Total { get; private set; }
    public string? Result { get; private set; }
    public string? Message { get; private set; }
    public string? Errors { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    /// <summary>How many runs have claimed it: a run cut short by a crash is claimed again, up to a limit.</summary>
    public int Attempts { get; private set; }
    /// <summary>When the running instance last said it is alive (PostgreSQL); a silent run is another instance's to claim.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }
}

public static class SheetImportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

internal sealed class SheetImportConfiguration : IEntityTypeConfiguration<SheetImport>
{
    public void Configure(EntityTypeBuilder<SheetImport> import)
    {
        import.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.State).HasConversion<string>().HasMaxLength(20);
        import.Property(i => i.Message).HasMaxLength(2000);
        import.Property(i => i.Phase).HasMaxLength(50);
        import.HasOne<User>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        import.HasIndex(i => new { i.UserId, i.CreatedAt });
        // The start-up sweep: imports a crash left queued or running.
        import.HasIndex(i => i.State);
    }
}
