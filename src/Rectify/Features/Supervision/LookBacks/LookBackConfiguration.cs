using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Features.Rounds;

namespace Rectify.Features.Supervision.LookBacks;

internal sealed class LookBackConfiguration : IEntityTypeConfiguration<LookBack>
{
    public void Configure(EntityTypeBuilder<LookBack> lookBack)
    {
        lookBack.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        lookBack.Property(l => l.State).HasConversion<string>().HasMaxLength(20);
        lookBack.Property(l => l.Finding).HasMaxLength(1000);
        lookBack.Property(l => l.ReviewedBy).HasMaxLength(50);
        lookBack.HasOne<Measure>().WithMany().HasForeignKey(l => l.MeasureId).OnDelete(DeleteBehavior.Cascade);
        lookBack.HasOne<Round>().WithMany().HasForeignKey(l => l.RoundId).OnDelete(DeleteBehavior.Cascade);
        lookBack.HasIndex(l => new { l.State, l.DueOn });
        lookBack.HasIndex(l => new { l.RoundId, l.State });
        lookBack.HasIndex(l => new { l.MeasureId, l.State });
    }
}
