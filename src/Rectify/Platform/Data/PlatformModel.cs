using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Organization;
using Rectify.Platform.Security;
using Rectify.Platform.Web.Idempotency;

namespace Rectify.Platform.Data;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.Property(u => u.Name).HasMaxLength(200);
        unit.Property(u => u.ShortName).HasMaxLength(100);
        unit.Property(u => u.Aliases).HasMaxLength(500);
        unit.Property(u => u.Path).HasMaxLength(1000);
        unit.Property(u => u.SupervisingLeader).HasMaxLength(50);
        unit.HasIndex(u => u.Path);
        unit.HasIndex(u => u.ParentId);
        unit.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        unit.Ignore(u => u.DisplayName);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.Property(u => u.FullName).HasMaxLength(50);
        user.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
        user.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        user.HasIndex(u => new { u.UnitId, u.FullName });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.Property(a => a.EntityType).HasMaxLength(50);
        audit.Property(a => a.EntityId).HasMaxLength(100);
        audit.Property(a => a.SubjectId).HasMaxLength(100);
        audit.Property(a => a.Action).HasMaxLength(20);
        audit.Property(a => a.UserName).HasMaxLength(100);
        audit.Property(a => a.Address).HasMaxLength(64);
        audit.Property(a => a.Outcome).HasMaxLength(10);
        audit.HasIndex(a => a.SubjectId);
        audit.HasIndex(a => new { a.EntityType, a.EntityId });
        audit.HasIndex(a => a.At);
        audit.Property(a => a.PreviousHash).HasMaxLength(64);
        audit.Property(a => a.Hash).HasMaxLength(64);
        // One entry per place in the chain: a second writer that read the same last entry cannot fork it.
        // Entries written before the chain existed have no hash yet and are chained once at start (AuditChain).
        audit.HasIndex(a => a.Sequence).IsUnique().HasFilter("\"Hash\" <> ''");
    }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> request)
    {
        request.Property(r => r.Key).HasMaxLength(IdempotentRequest.MaxKeyLength);
        request.Property(r => r.Target).HasMaxLength(400);
        request.Property(r => r.ContentType).HasMaxLength(200);
        request.Property(r => r.Location).HasMaxLength(1000);
        request.HasIndex(r => new { r.UserId, r.Key, r.Target }).IsUnique();
        request.HasIndex(r => r.CreatedAt);
    }
}
