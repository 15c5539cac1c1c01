using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Platform.Data;
using Rectify.Platform.Organization;

namespace Rectify.Platform.Jobs.Outbox;

public enum WebhookKind
{
    /// <summary>Our own JSON body, for any system that takes a POST.</summary>
    Json,
    /// <summary>企业微信群机器人: markdown message.</summary>
    WeCom,
    /// <summary>钉钉群机器人: markdown message, signed when a secret is set.</summary>
    DingTalk,
}

/// <summary>A group robot or system that receives the messages about one unit (its reminders, urgings and notices).</summary>
public sealed class WebhookEndpoint : IVersioned
{
    private WebhookEndpoint() { }

    public WebhookEndpoint(string name, WebhookKind kind, string url, string? secret, Guid unitId)
    {
        Id = Guid.CreateVersion7();
        Change(name, kind, url, secret, unitId, true);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public WebhookKind Kind { get; private set; }
    public string Url { get; private set; } = "";
    /// <summary>DingTalk's signing secret (加签); not shown again once saved.</summary>
    public string? Secret { get; private set; }
    public Guid UnitId { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; set; }

    public void Change(string name, WebhookKind kind, string url, string? secret, Guid unitId, bool isActive)
    {
        Name = name.Trim();
        Kind = kind;
        Url = url.Trim();
        if (secret is not null) Secret = string.IsNullOrWhiteSpace(secret) ? null : secret.Trim();
        UnitId = unitId;
        IsActive = isActive;
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> webhook)
    {
        webhook.Property(w => w.Name).HasMaxLength(100);
        webhook.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
        webhook.Property(w => w.Url).HasMaxLength(1000);
        // Stored protected with IDataProtector (WebhookSecrets): the ciphertext is longer than the secret.
        webhook.Property(w => w.Secret).HasMaxLength(1000);
        webhook.HasOne<Unit>().WithMany().HasForeignKey(w => w.UnitId).OnDelete(DeleteBehavior.Restrict);
        webhook.HasIndex(w => w.UnitId);
    }
}
