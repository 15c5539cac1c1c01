using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectify.Platform.Security;

internal sealed class PasswordHistoryEntryConfiguration : IEntityTypeConfiguration<PasswordHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PasswordHistoryEntry> entry)
    {
        entry.Property(e => e.PasswordHash).HasMaxLength(500);
        entry.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        entry.HasIndex(e => new { e.UserId, e.ReplacedAt });
    }
}

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> failure)
    {
        failure.Property(f => f.Key).HasMaxLength(SignInFailure.MaxKeyLength);
        failure.HasIndex(f => new { f.Key, f.At });
        failure.HasIndex(f => f.At);
    }
}
