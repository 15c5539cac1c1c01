using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Organization;

namespace Rectify.Features.Documents.Mappings;

internal sealed class SheetMappingConfiguration : IEntityTypeConfiguration<SheetMapping>
{
    public void Configure(EntityTypeBuilder<SheetMapping> mapping)
    {
        mapping.Property(m => m.Kind).HasMaxLength(20).HasDefaultValue(SheetMappingKind.LedgerName);
        mapping.Property(m => m.Name).HasMaxLength(50);
        mapping.Property(m => m.Columns).HasMaxLength(4000);
        mapping.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        mapping.HasIndex(m => new { m.UnitId, m.Kind, m.Name }).IsUnique();
    }
}
