using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Features.Rounds;

namespace Rectify.Features.Dashboard;

internal sealed class KeptCountConfiguration : IEntityTypeConfiguration<KeptCount>
{
    public void Configure(EntityTypeBuilder<KeptCount> count)
    {
        // The key makes two requests that count the same round at once collide instead of doubling its figures.
        count.HasKey(c => new { c.RoundId, c.UnitId });
        count.HasOne<Round>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class KeptSummaryConfiguration : IEntityTypeConfiguration<KeptSummary>
{
    public void Configure(EntityTypeBuilder<KeptSummary> summary)
    {
        summary.HasKey(c => new { c.RoundId, c.View });
        summary.Property(c => c.View).HasConversion<string>().HasMaxLength(20);
        summary.HasOne<Round>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoundChangeConfiguration : IEntityTypeConfiguration<RoundChange>
{
    public void Configure(EntityTypeBuilder<RoundChange> change)
    {
        change.HasOne<Round>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => c.RoundId);
    }
}
