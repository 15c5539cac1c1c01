using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Features.Rounds;

namespace Rectify.Features.Documents.Bulletins;

internal sealed class BulletinEditConfiguration : IEntityTypeConfiguration<BulletinEdit>
{
    public void Configure(EntityTypeBuilder<BulletinEdit> edit)
    {
        edit.Property(e => e.Key).HasMaxLength(50);
        edit.Property(e => e.Text).HasMaxLength(BulletinEdit.MaxLength);
        edit.Property(e => e.EditedBy).HasMaxLength(50);
        edit.HasOne<Round>().WithMany().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
        edit.HasIndex(e => new { e.RoundId, e.Key }).IsUnique();
    }
}

internal sealed class IssuedBulletinConfiguration : IEntityTypeConfiguration<IssuedBulletin>
{
    public void Configure(EntityTypeBuilder<IssuedBulletin> issued)
    {
        issued.Property(i => i.Title).HasMaxLength(300);
        issued.Property(i => i.IssuedBy).HasMaxLength(50);
        // No foreign key to the round: what was issued stays issued.
        issued.HasIndex(i => new { i.RoundId, i.Number }).IsUnique();
        issued.HasMany(i => i.Files).WithOne().HasForeignKey(f => f.IssuedBulletinId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IssuedBulletinFileConfiguration : IEntityTypeConfiguration<IssuedBulletinFile>
{
    public void Configure(EntityTypeBuilder<IssuedBulletinFile> file)
    {
        file.HasKey(f => new { f.IssuedBulletinId, f.Format });
        file.Property(f => f.Format).HasMaxLength(10);
        file.Property(f => f.FileName).HasMaxLength(400);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Sha256).HasMaxLength(64);
    }
}
