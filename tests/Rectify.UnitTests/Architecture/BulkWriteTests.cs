using System.Reflection;
using Rectify.Platform.Data;
using static Rectify.UnitTests.Architecture.TypeReferences;

namespace Rectify.UnitTests.Architecture;

/// <summary>
/// A bulk write (ExecuteUpdate, ExecuteDelete) goes past the change tracker, so the audit never sees it: it may touch
/// only what the audit leaves out by design — bookkeeping marked [Unaudited] and data worked out from other data
/// marked [Derived] — or the few listed here with their reason. A bulk write on anything a person changes would be a
/// change without a record.
/// </summary>
public class BulkWriteTests
{
    private static readonly string[] BulkMethods = ["ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync"];

    /// <summary>Entities written in bulk on purpose, each with the reason the audit still holds.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        // The warning refresh sets only the measure's [Derived] light flags (IsOverdue, IsDueSoon, …), which the
        // audit skips on tracked saves too; nothing a person typed is written.
        ["Rectify.Features.Rounds.Measure"] = "the stored lights only",
    };

    [Fact]
    public void Bulk_writes_touch_only_what_the_audit_leaves_out_by_design()
    {
        var written = App.GetTypes()
            .SelectMany(Of)
            .Where(u => u.Member is MethodInfo { IsGenericMethod: true } m && BulkMethods.Contains(m.Name) && u.To.Assembly == App)
            .Select(u => (Writer: Outermost(u.From).FullName!, Entity: u.To))
            .Distinct().ToList();

        Assert.NotEmpty(written); // the scan sees the bulk writes that exist (the throttle's, the outbox's, …)
        var offenders = written
            .Where(w => !w.Entity.IsDefined(typeof(UnauditedAttribute), inherit: false)
                && !w.Entity.IsDefined(typeof(DerivedAttribute), inherit: false)
                && !Allowed.ContainsKey(w.Entity.FullName!))
            .Select(w => $"{w.Writer} → {w.Entity.FullName}").ToList();
        Assert.True(offenders.Count == 0, "bulk writes the audit does not see:\n" + string.Join("\n", offenders));
    }
}
