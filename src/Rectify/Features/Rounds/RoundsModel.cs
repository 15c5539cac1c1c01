using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Organization;

namespace Rectify.Features.Rounds;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> round)
    {
        round.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        round.Property(r => r.Title).HasMaxLength(300);
        round.Property(r => r.CampaignName).HasMaxLength(200);
        round.Property(r => r.Topic).HasMaxLength(200);
        round.Property(r => r.InspectingBody).HasMaxLength(200);
        round.Property(r => r.Issuer).HasMaxLength(200);
        round.Property(r => r.FirstResponsible).HasMaxLength(50);
        round.Property(r => r.ImportNotes).HasMaxLength(8000);
        round.HasOne<Unit>().WithMany().HasForeignKey(r => r.InspectedUnitId).OnDelete(DeleteBehavior.Restrict);
        round.Property(r => r.SourceHash).HasMaxLength(Round.SourceHashLength);
        round.HasIndex(r => r.InspectedUnitId);
        round.HasIndex(r => r.SourceHash);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.LevelName).HasMaxLength(20);
        section.Property(s => s.Label).HasMaxLength(20);
        section.Property(s => s.Title).HasMaxLength(1000);
        section.Property(s => s.SortKey).HasMaxLength(100);
        section.HasOne<Round>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
        section.HasOne<Section>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        section.HasIndex(s => new { s.RoundId, s.SortKey });
        section.HasIndex(s => s.ParentId);
    }
}

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> problem)
    {
        problem.Property(p => p.Label).HasMaxLength(20);
        problem.Property(p => p.Title).HasMaxLength(1000);
        problem.Property(p => p.SortKey).HasMaxLength(100);
        problem.HasOne<Round>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        problem.HasOne<Section>().WithMany().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Restrict);
        problem.HasIndex(p => new { p.RoundId, p.SortKey });
        problem.HasIndex(p => p.SectionId);
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> measure)
    {
        measure.Property(m => m.Label).HasMaxLength(20);
        measure.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        measure.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        measure.Property(m => m.LeadLeader).HasMaxLength(50);
        measure.Property(m => m.ResponsibleLeader).HasMaxLength(50);
        measure.Property(m => m.ResponsiblePerson).HasMaxLength(50);
        measure.Property(m => m.LatestProgressText).HasMaxLength(4000);
        measure.Property(m => m.ReturnReason).HasMaxLength(1000);
        measure.Property(m => m.ReopenReason).HasMaxLength(1000);
        measure.HasMany(m => m.CloseOuts).WithOne().HasForeignKey(c => c.MeasureId).OnDelete(DeleteBehavior.Cascade);
        measure.HasOne<Round>().WithMany().HasForeignKey(m => m.RoundId).OnDelete(DeleteBehavior.Cascade);
        measure.HasOne<Problem>().WithMany().HasForeignKey(m => m.ProblemId).OnDelete(DeleteBehavior.Restrict);
        measure.HasOne<Unit>().WithMany().HasForeignKey(m => m.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        measure.HasMany(m => m.CooperatingUnits).WithOne().HasForeignKey(c => c.MeasureId).OnDelete(DeleteBehavior.Cascade);
        measure.HasIndex(m => new { m.RoundId, m.Status });
        measure.HasIndex(m => new { m.ProblemId, m.SortOrder });
        measure.HasIndex(m => new { m.ResponsibleUnitId, m.Status, m.TimeLimit });
        // The round last: the dashboard counts a scope's coming limits from the index alone.
        measure.HasIndex(m => new { m.Status, m.TimeLimit, m.RoundId });
        // The stored lights with the round: 超期/临期/滞后/未报进展 over all rounds, and their counts, from the index alone.
        measure.HasIndex(m => new { m.IsOverdue, m.RoundId });
        measure.HasIndex(m => new { m.IsDueSoon, m.RoundId });
        measure.HasIndex(m => new { m.IsLagging, m.RoundId });
        // 最近更新 first: a page of the latest changes reads the index from its end.
        measure.HasIndex(m => new { m.ChangedAt, m.Id });
        // 按完成时限 over many rounds, paged by key (LedgerPages): read in order from the cursor on.
        measure.HasIndex(m => new { m.TimeLimit, m.Id });
        // The same within one round (a round's page by time limit): without it PostgreSQL walks the province's time limits
        // looking for the round's (39 ms for one round's first page, 0.4 ms with it).
        measure.HasIndex(m => new { m.RoundId, m.TimeLimit, m.Id });
        measure.HasIndex(m => new { m.IsProgressMissing, m.RoundId });
        measure.HasIndex(m => m.LeadLeaderUserId);
        measure.HasIndex(m => m.ResponsibleLeaderUserId);
        measure.HasIndex(m => m.LeadLeader);
        measure.HasIndex(m => m.ResponsibleLeader);
    }
}

internal sealed class MeasureCooperatingUnitConfiguration : IEntityTypeConfiguration<MeasureCooperatingUnit>
{
    public void Configure(EntityTypeBuilder<MeasureCooperatingUnit> link)
    {
        link.HasKey(c => new { c.MeasureId, c.UnitId });
        link.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(c => c.UnitId);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> progress)
    {
        progress.Property(p => p.Text).HasMaxLength(4000);
        progress.Property(p => p.ReportedBy).HasMaxLength(50);
        progress.HasOne<Measure>().WithMany().HasForeignKey(p => p.MeasureId).OnDelete(DeleteBehavior.Cascade);
        progress.HasIndex(p => new { p.MeasureId, p.On });
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> evidence)
    {
        evidence.ToTable("Evidence");
        evidence.Property(e => e.FileName).HasMaxLength(255);
        evidence.Property(e => e.ContentType).HasMaxLength(100);
        evidence.Property(e => e.Sha256).HasMaxLength(64);
        evidence.Property(e => e.UploadedBy).HasMaxLength(50);
        evidence.HasOne<Measure>().WithMany().HasForeignKey(e => e.MeasureId).OnDelete(DeleteBehavior.Cascade);
        evidence.HasOne<ProgressUpdate>().WithMany().HasForeignKey(e => e.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
        evidence.HasIndex(e => e.MeasureId);
        evidence.HasIndex(e => e.ProgressUpdateId);
    }
}

internal sealed class CloseOutConfiguration : IEntityTypeConfiguration<CloseOut>
{
    public void Configure(EntityTypeBuilder<CloseOut> closeOut)
    {
        closeOut.Property(c => c.Id).ValueGeneratedNever();
        closeOut.Property(c => c.Decision).HasConversion<string>().HasMaxLength(20);
        closeOut.Property(c => c.Note).HasMaxLength(2000);
        closeOut.Property(c => c.Reason).HasMaxLength(1000);
        closeOut.Property(c => c.RequestedBy).HasMaxLength(50);
        closeOut.Property(c => c.DecidedBy).HasMaxLength(50);
        closeOut.HasIndex(c => new { c.Decision, c.RequestedAt });
        closeOut.HasIndex(c => c.MeasureId);
    }
}
