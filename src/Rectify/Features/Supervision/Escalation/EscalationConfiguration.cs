using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Features.Rounds;
using Rectify.Platform.Organization;

namespace Rectify.Features.Supervision.Escalation;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> escalation)
    {
        escalation.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        escalation.Property(e => e.Subject).HasMaxLength(200);
        escalation.Property(e => e.Reason).HasMaxLength(2000);
        escalation.Property(e => e.Outcome).HasMaxLength(2000);
        escalation.Property(e => e.CreatedBy).HasMaxLength(50);
        escalation.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        escalation.HasMany(e => e.Items).WithOne().HasForeignKey(i => i.EscalationId).OnDelete(DeleteBehavior.Cascade);
        escalation.HasIndex(e => new { e.Kind, e.On });
        escalation.HasIndex(e => e.UnitId);
    }
}

internal sealed class EscalationItemConfiguration : IEntityTypeConfiguration<EscalationItem>
{
    public void Configure(EntityTypeBuilder<EscalationItem> item)
    {
        item.HasKey(i => new { i.EscalationId, i.MeasureId });
        item.HasOne<Measure>().WithMany().HasForeignKey(i => i.MeasureId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => i.MeasureId);
    }
}
