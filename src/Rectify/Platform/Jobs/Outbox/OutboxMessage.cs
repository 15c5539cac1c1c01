using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Data;
using Rectify.Platform.Security;
using Rectify.Platform.Text;

namespace Rectify.Platform.Jobs.Outbox;

public enum Channel
{
    /// <summary>The user's inbox in Rectify: delivered when written.</summary>
    Inbox,
    Email,
    Webhook,
}

public enum DeliveryStatus
{
    Pending,
    /// <summary>Claimed by a sender until <see cref="OutboxMessage.ClaimedUntil"/>; a sender that dies leaves it to be claimed again.</summary>
    Sending,
    Sent,
    /// <summary>Given up after the last attempt; the admin sees the reason and can send it again.</summary>
    Failed,
}

public enum MessageKind
{
    DueSoon,
    Overdue,
    OverdueNotice,
    WeeklyDigest,
    Urging,
    Test,
    /// <summary>A measure given to a unit (its responsible unit set or changed).</summary>
    Assigned,
    /// <summary>A close-out request sent back by the office, with the reason.</summary>
    CloseOutReturned,
    /// <summary>A closed measure reopened: a look-back found it rebounded.</summary>
    Rebound,
    /// <summary>A talk (约谈) recorded with a unit.</summary>
    Talk,
    /// <summary>An enterprise's appeal given to a unit to handle (交办).</summary>
    AppealAssigned,
    /// <summary>An appeal given again after the enterprise was not satisfied (重办).</summary>
    AppealReopened,
    /// <summary>A unit's reply sent back by the office, or an appeal a unit returned to the office.</summary>
    AppealReturned,
}

/// <summary>
/// One message to one recipient on one channel. <see cref="Key"/> is unique — what it is about, why, for which time
/// limit or week, and to whom — so whoever writes it twice (a restart, a retry, a second instance) writes it once.
/// Inbox rows are the inbox; e-mail and webhook rows wait here until a sender claims and sends them.
/// </summary>
[Unaudited]
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(string key, Channel channel, MessageKind kind, string title, string body, string? link, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Key = key;
        Channel = channel;
        Kind = kind;
        // Every message a user reads is generated Chinese text: one normaliser gives it Chinese punctuation.
        Title = ChinesePunctuation.Normalize(title);
        Body = ChinesePunctuation.NormalizeLines(body);
        Link = link;
        CreatedAt = at;
        NextAttemptAt = at;
        Status = channel == Channel.Inbox ? DeliveryStatus.Sent : DeliveryStatus.Pending;
        SentAt = channel == Channel.Inbox ? at : null;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; } = "";
    public Channel Channel { get; private set; }
    public MessageKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    /// <summary>A path in Rectify (/Rounds/Measure/…), made absolute with the site's address outside it.</summary>
    public string? Link { get; private set; }
    public Guid? RecipientUserId { get; init; }
    public string? EmailAddress { get; init; }
    public Guid? WebhookId { get; init; }
    public Guid? MeasureId { get; init; }
    public DateTimeOffset CreatedAt { get; private set; }

    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    /// <summary>
    /// Set just before the channel is called and cleared with the outcome: a claim that expires with it set was cut
    /// short in the middle of a send, when nobody can know whether the recipient got the message.
    /// </summary>
    public DateTimeOffset? SendStartedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public string Recipient => EmailAddress ?? WebhookId?.ToString() ?? RecipientUserId?.ToString() ?? "";
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("OutboxMessages");
        message.Property(m => m.Key).HasMaxLength(300);
        message.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Title).HasMaxLength(200);
        message.Property(m => m.Body).HasMaxLength(8000);
        message.Property(m => m.Link).HasMaxLength(300);
        message.Property(m => m.EmailAddress).HasMaxLength(256);
        message.Property(m => m.LastError).HasMaxLength(1000);
        message.Ignore(m => m.Recipient);
        message.HasIndex(m => m.Key).IsUnique();
        // The sender's query: what is due on the outgoing channels.
        message.HasIndex(m => new { m.Status, m.NextAttemptAt });
        // The inbox: a user's messages, newest first, and the unread count in the navbar.
        message.HasIndex(m => new { m.RecipientUserId, m.Channel, m.CreatedAt });
        message.HasIndex(m => m.ClaimToken);
        message.HasOne<User>().WithMany().HasForeignKey(m => m.RecipientUserId).OnDelete(DeleteBehavior.Cascade);
        message.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(m => m.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
