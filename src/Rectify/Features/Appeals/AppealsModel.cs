using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Organization;

namespace Rectify.Features.Appeals;

internal sealed class AppealConfiguration : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> appeal)
    {
        appeal.Property(a => a.EnterpriseName).HasMaxLength(200);
        appeal.Property(a => a.CreditCode).HasMaxLength(18);
        appeal.Property(a => a.ContactName).HasMaxLength(50);
        appeal.Property(a => a.ContactPhone).HasMaxLength(20);
        appeal.Property(a => a.Channel).HasConversion<string>().HasMaxLength(30);
        appeal.Property(a => a.Category).HasConversion<string>().HasMaxLength(30);
        appeal.Property(a => a.Title).HasMaxLength(100);
        appeal.Property(a => a.Text).HasMaxLength(4000);
        appeal.Property(a => a.State).HasConversion<string>().HasMaxLength(30);
        appeal.Property(a => a.SubmittedBy).HasMaxLength(100);
        appeal.Property(a => a.DeclineReason).HasMaxLength(1000);
        appeal.Property(a => a.Tier).HasConversion<string>().HasMaxLength(20);
        appeal.Property(a => a.ReturnReason).HasMaxLength(1000);
        appeal.Property(a => a.TransferReason).HasMaxLength(1000);
        appeal.Property(a => a.TransferRefusedReason).HasMaxLength(1000);
        appeal.Property(a => a.ReplyText).HasMaxLength(4000);
        appeal.Property(a => a.SendBackReason).HasMaxLength(1000);
        appeal.Property(a => a.FollowUpNote).HasMaxLength(2000);
        appeal.Property(a => a.Rating).HasConversion<string>().HasMaxLength(30);
        appeal.Property(a => a.RatingComment).HasMaxLength(1000);
        appeal.Property(a => a.ExternalCaller).HasMaxLength(100);
        appeal.Property(a => a.ExternalId).HasMaxLength(64);
        appeal.Property(a => a.TrackingCodeHash).HasMaxLength(64);
        appeal.Ignore(a => a.CurrentHandling);
        appeal.HasOne<Unit>().WithMany().HasForeignKey(a => a.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        appeal.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        appeal.HasOne<Unit>().WithMany().HasForeignKey(a => a.TransferToUnitId).OnDelete(DeleteBehavior.Restrict);
        appeal.HasMany(a => a.Handlings).WithOne().HasForeignKey(h => h.AppealId).OnDelete(DeleteBehavior.Cascade);
        appeal.HasMany(a => a.Consultations).WithOne().HasForeignKey(c => c.AppealId).OnDelete(DeleteBehavior.Cascade);
        // A retry of the same caller's id finds the appeal it created.
        appeal.HasIndex(a => new { a.ExternalCaller, a.ExternalId }).IsUnique();
        appeal.HasIndex(a => a.TrackingCodeHash).IsUnique();
        appeal.HasIndex(a => new { a.OwnerUnitId, a.State, a.SubmittedAt });
        // The lists' order (newest first): a page is read by walking it, not by sorting every appeal in scope.
        appeal.HasIndex(a => new { a.SubmittedAt, a.Id }).IsDescending(true, false);
        appeal.HasIndex(a => new { a.UnitId, a.State, a.TimeLimit });
        appeal.HasIndex(a => a.CreditCode);
        appeal.HasIndex(a => a.EnterpriseName);
        appeal.HasIndex(a => a.RaisedProblemId);
    }
}

internal sealed class AppealHandlingConfiguration : IEntityTypeConfiguration<AppealHandling>
{
    public void Configure(EntityTypeBuilder<AppealHandling> handling)
    {
        // Added through the appeal's collection with its id set: never mistaken for an existing row.
        handling.Property(h => h.Id).ValueGeneratedNever();
        handling.Property(h => h.Tier).HasConversion<string>().HasMaxLength(20);
        handling.Property(h => h.Outcome).HasConversion<string>().HasMaxLength(20);
        handling.Property(h => h.Rating).HasConversion<string>().HasMaxLength(30);
        handling.Property(h => h.ReplyText).HasMaxLength(4000);
        handling.HasOne<Unit>().WithMany().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Restrict);
        handling.HasIndex(h => new { h.AppealId, h.Sequence }).IsUnique();
        // The monthly rates read a unit's handlings by assignment day.
        handling.HasIndex(h => new { h.UnitId, h.AssignedOn });
    }
}

internal sealed class AppealConsultationConfiguration : IEntityTypeConfiguration<AppealConsultation>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Configure(EntityTypeBuilder<AppealConsultation> consultation)
    {
        consultation.Property(c => c.Id).ValueGeneratedNever();
        consultation.Property(c => c.Summary).HasMaxLength(4000);
        consultation.Property(c => c.Participants)
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<ConsultationParticipant>>(v, Json) ?? new List<ConsultationParticipant>(),
                new ValueComparer<List<ConsultationParticipant>>(
                    (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.GetHashCode())), v => v.ToList()))
            .HasMaxLength(8000);
        consultation.HasIndex(c => c.AppealId);
    }
}

internal sealed class AppealAttachmentConfiguration : IEntityTypeConfiguration<AppealAttachment>
{
    public void Configure(EntityTypeBuilder<AppealAttachment> attachment)
    {
        attachment.Property(a => a.Purpose).HasConversion<string>().HasMaxLength(20);
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.UploadedBy).HasMaxLength(100);
        attachment.HasOne<Appeal>().WithMany().HasForeignKey(a => a.AppealId).OnDelete(DeleteBehavior.Cascade);
        attachment.HasIndex(a => a.AppealId);
    }
}
