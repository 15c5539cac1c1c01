using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Organization;

namespace Rectify.Features.Supervision.Dispatches;

internal sealed class DispatchConfiguration : IEntityTypeConfiguration<Dispatch>
{
    public void Configure(EntityTypeBuilder<Dispatch> dispatch)
    {
        dispatch.Property(d => d.Office).HasMaxLength(200);
        dispatch.Property(d => d.Round).HasMaxLength(500);
        dispatch.Property(d => d.ScopeKey).HasMaxLength(80);
        dispatch.Property(d => d.Title).HasMaxLength(300);
        dispatch.Property(d => d.IssuedBy).HasMaxLength(50);
        dispatch.HasOne<Unit>().WithMany().HasForeignKey(d => d.OfficeUnitId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to the round: a kept dispatch outlives a deleted round, as it outlives its measures.
        dispatch.HasMany(d => d.Units).WithOne().HasForeignKey(u => u.DispatchId).OnDelete(DeleteBehavior.Cascade);
        dispatch.HasMany(d => d.Measures).WithOne().HasForeignKey(m => m.DispatchId).OnDelete(DeleteBehavior.Cascade);
        dispatch.HasMany(d => d.Appeals).WithOne().HasForeignKey(a => a.DispatchId).OnDelete(DeleteBehavior.Cascade);
        // One 第N期 per scope: two offices issuing at once cannot both take the same number.
        dispatch.HasIndex(d => new { d.ScopeKey, d.Number }).IsUnique();
        dispatch.HasIndex(d => new { d.OfficeUnitId, d.IssuedAt });
    }
}

internal sealed class DispatchUnitConfiguration : IEntityTypeConfiguration<DispatchUnit>
{
    public void Configure(EntityTypeBuilder<DispatchUnit> unit)
    {
        unit.HasKey(u => new { u.DispatchId, u.Position });
        unit.Property(u => u.Unit).HasMaxLength(200);
        unit.HasIndex(u => u.UnitId);
    }
}

internal sealed class DispatchMeasureConfiguration : IEntityTypeConfiguration<DispatchMeasure>
{
    public void Configure(EntityTypeBuilder<DispatchMeasure> measure)
    {
        measure.HasKey(m => new { m.DispatchId, m.Position });
        measure.Property(m => m.Warning).HasConversion<string>().HasMaxLength(20);
        measure.Property(m => m.Round).HasMaxLength(500);
        measure.Property(m => m.Text).HasMaxLength(DispatchMeasure.MaxText);
        measure.Property(m => m.Unit).HasMaxLength(200);
    }
}

internal sealed class DispatchAppealUnitConfiguration : IEntityTypeConfiguration<DispatchAppealUnit>
{
    public void Configure(EntityTypeBuilder<DispatchAppealUnit> unit)
    {
        unit.HasKey(u => new { u.DispatchId, u.Position });
        unit.Property(u => u.Unit).HasMaxLength(200);
    }
}
