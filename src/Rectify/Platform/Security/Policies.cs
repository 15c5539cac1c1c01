namespace Rectify.Platform.Security;

/// <summary>Named policies per role; item-level scope is checked by each query and action.</summary>
public static class Policies
{
    public const string Office = nameof(Office);
    public const string LedgerReader = nameof(LedgerReader);
    public const string ProgressReporter = nameof(ProgressReporter);
    /// <summary>The dashboard: those who oversee rounds (office, leaders, inspectors), not unit staff.</summary>
    public const string Overseer = nameof(Overseer);
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string SecurityAdmin = nameof(SecurityAdmin);
    public const string AuditAdmin = nameof(AuditAdmin);

    public static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder auth) => auth
        .AddPolicy(Office, p => p.RequireRole(nameof(Role.Office)))
        .AddPolicy(LedgerReader, p => p.RequireRole(nameof(Role.Office), nameof(Role.UnitStaff), nameof(Role.Leader), nameof(Role.Inspector)))
        .AddPolicy(Overseer, p => p.RequireRole(nameof(Role.Office), nameof(Role.Leader), nameof(Role.Inspector)))
        .AddPolicy(ProgressReporter, p => p.RequireRole(nameof(Role.UnitStaff)))
        .AddPolicy(SystemAdmin, p => p.RequireRole(nameof(Role.SystemAdmin)))
        .AddPolicy(SecurityAdmin, p => p.RequireRole(nameof(Role.SecurityAdmin)))
        .AddPolicy(AuditAdmin, p => p.RequireRole(nameof(Role.AuditAdmin)));
}
