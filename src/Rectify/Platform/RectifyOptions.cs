using System.ComponentModel.DataAnnotations;
using Rectify.Platform.Files;

namespace Rectify.Platform;

/// <summary>The "Rectify" section: every setting has a default that runs with no configuration.</summary>
public sealed class RectifyOptions
{
    public const string Section = "Rectify";

    /// <summary>Holds the SQLite file and the evidence store; relative to the content root.</summary>
    [Required] public string DataDir { get; set; } = "data";

    /// <summary>Demo accounts and the seed rounds; on for the README's run command, off in production settings.</summary>
    public bool Demo { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public UploadOptions Uploads { get; set; } = new();

    public FilesOptions Files { get; set; } = new();

    public DocumentOptions Documents { get; set; } = new();

    public JobsOptions Jobs { get; set; } = new();

    public MessagingOptions Messaging { get; set; } = new();

    public SessionOptions Sessions { get; set; } = new();

    public WebOptions Web { get; set; } = new();

    public Security.AccountSecurityOptions Security { get; set; } = new();

    public AuditOptions Audit { get; set; } = new();

    public KeyOptions Keys { get; set; } = new();

    public string ResolveDataDir(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, DataDir));
}

public sealed class DatabaseOptions
{
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Rectify:Database:Provider 只能是 Sqlite 或 Postgres")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Empty for SQLite means {DataDir}/rectify.db.</summary>
    public string? ConnectionString { get; set; }

    public bool MigrateOnStart { get; set; } = true;
}

public sealed class UploadOptions
{
    [Range(1024, 2L * 1024 * 1024 * 1024)] public long MaxBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest body of a request that uploads no file (JSON, forms): 128 KB holds 14,000 Chinese characters URL-encoded.</summary>
    [Range(1024, 64L * 1024 * 1024)] public long MaxFormBytes { get; set; } = 128 * 1024;
}

public sealed class DocumentOptions
{
    /// <summary>LibreOffice's soffice for PDF; empty means found on the PATH or where Debian installs it.</summary>
    public string? Soffice { get; set; }

    [Range(5, 600)] public int PdfTimeoutSeconds { get; set; } = 120;
}

public sealed class JobsOptions
{
    /// <summary>Run the scheduler in this instance; tests turn it off and call the jobs' logic on the clock they set.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is looked at for messages to send.</summary>
    [Range(1, 3600)] public int OutboxIntervalSeconds { get; set; } = 15;
}

public sealed class MessagingOptions
{
    /// <summary>The address people open Rectify at, for links in e-mails and group messages; empty leaves links relative.</summary>
    public string? SiteUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Attempts before a message is given up and shown to the admin as failed.</summary>
    [Range(1, 20)] public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// Hosts webhooks may be sent to besides the WeCom and DingTalk robots: names, *.suffix, IP addresses or CIDR
    /// ranges. Private, loopback and link-local addresses are reached only when listed as addresses.
    /// </summary>
    public string[] WebhookAllowedHosts { get; set; } = [];
}

public sealed class SmtpOptions
{
    /// <summary>Empty: no e-mail is sent (the inbox and webhooks still are).</summary>
    public string? Host { get; set; }

    [Range(1, 65535)] public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto (StartTls when the server offers it).</summary>
    [RegularExpression("^(None|StartTls|SslOnConnect|Auto)$", ErrorMessage = "Rectify:Messaging:Smtp:Security 只能是 None、StartTls、SslOnConnect 或 Auto")]
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "rectify@localhost";
    public string FromName { get; set; } = "整改督办平台";

    [Range(1, 300)] public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How long a sign-in lasts (等保: idle timeout, absolute limit, short API tokens).</summary>
public sealed class SessionOptions
{
    /// <summary>A page session ends after this many minutes without a request.</summary>
    [Range(1, 24 * 60)] public int IdleMinutes { get; set; } = 30;

    /// <summary>A page session ends this many hours after sign-in, however active.</summary>
    [Range(1, 72)] public int AbsoluteHours { get; set; } = 12;

    /// <summary>An API bearer token lasts this many minutes; its refresh token lasts <see cref="AbsoluteHours"/>.</summary>
    [Range(1, 24 * 60)] public int TokenMinutes { get; set; } = 15;
}

/// <summary>Transport: where Rectify stands behind a TLS proxy, and what that changes.</summary>
public sealed class WebOptions
{
    /// <summary>
    /// Users reach Rectify over HTTPS (usually through a proxy that ends TLS): cookies become Secure with the __Host-
    /// prefix and browsers are told to keep to HTTPS (HSTS). Off by default so that a trial on http://127.0.0.1 works.
    /// </summary>
    public bool Https { get; set; }

    /// <summary>Addresses of the proxies whose X-Forwarded-For/-Proto are believed; headers from anyone else are ignored.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// Every response carries a Server-Timing header: the time spent in the database and the number of statements, and
    /// the whole time to the first byte, as the browser's developer tools and the bench show them. Off by default: timings
    /// tell an outsider more than he needs.
    /// </summary>
    public bool ServerTiming { get; set; }
}

/// <summary>The security audit (等保: kept at least 180 days; Rectify never deletes it).</summary>
public sealed class AuditOptions
{
    public const int MinimumRetentionDays = 180;
    public const string TooShort = "Rectify:Audit:RetentionDays 不能少于180天";

    /// <summary>How many days the audit must cover; the audit page warns when it covers fewer. Below 180 is refused.</summary>
    [Range(MinimumRetentionDays, 36500, ErrorMessage = TooShort)]
    public int RetentionDays { get; set; } = MinimumRetentionDays;
}

/// <summary>The data-protection keys in {DataDir}/keys (cookies, tokens, webhook secrets).</summary>
public sealed class KeyOptions
{
    /// <summary>A .pfx certificate that encrypts the keys at rest; without it they are stored unencrypted, readable by the service alone.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
